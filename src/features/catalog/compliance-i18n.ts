/** Catalog strings about the customer's agreement and qualifications (catalog namespace). */
export const catalogComplianceStrings = {
  en: {
    qualification: {
      Education:
        '{{sku}} is sold at education pricing: only customers with an approved Education qualification can buy it.',
      GovernmentCommunityCloud:
        '{{sku}} is for the Government Community Cloud: only customers with an approved GCC qualification can buy it.',
      none: '{{customer}} has no such qualification.',
      inReview: 'The request for {{customer}} is in review.',
      denied: 'The request for {{customer}} was denied: {{reason}}',
      deniedNoReason: 'The request for {{customer}} was denied.',
      checking: 'Checking the customer’s qualifications…',
      open: 'Open the qualifications of {{customer}}',
    },
    agreement: {
      title: 'The Microsoft Customer Agreement acceptance is missing',
      body: 'Partner Center refused the checkout: {{customer}}’s acceptance of the Microsoft Customer Agreement has not been confirmed. Record it first; this cart is kept and you come back to it.',
      confirm: 'Confirm customer acceptance',
    },
    accountValidation: {
      underReviewTitle: 'The customer account is under review',
      underReview:
        'Partner Center is reviewing the account of {{customer}} and holds its purchases until the review ends, usually within a few days. This cart is kept: check out again once the account is approved.',
      notApprovedTitle: 'The customer account was not approved',
      notApproved:
        'Partner Center did not approve the account of {{customer}}, so nothing can be bought for it. Check the customer’s account information; this cart is kept.',
      openAccount: 'Open the account of {{customer}}',
    },
  },
  fr: {
    qualification: {
      Education:
        '{{sku}} est vendu au tarif Éducation : seuls les clients dont la qualification Éducation est approuvée peuvent l’acheter.',
      GovernmentCommunityCloud:
        '{{sku}} est destiné au Government Community Cloud : seuls les clients dont la qualification GCC est approuvée peuvent l’acheter.',
      none: '{{customer}} n’a pas cette qualification.',
      inReview: 'La demande pour {{customer}} est en cours d’examen.',
      denied: 'La demande pour {{customer}} a été refusée : {{reason}}',
      deniedNoReason: 'La demande pour {{customer}} a été refusée.',
      checking: 'Vérification des qualifications du client…',
      open: 'Ouvrir les qualifications de {{customer}}',
    },
    agreement: {
      title: 'L’acceptation du Contrat client Microsoft manque',
      body: 'L’Espace partenaires a refusé la commande : l’acceptation du Contrat client Microsoft par {{customer}} n’a pas été confirmée. Enregistrez-la d’abord ; ce panier est conservé et vous y revenez ensuite.',
      confirm: 'Confirmer l’acceptation du client',
    },
    accountValidation: {
      underReviewTitle: 'Le compte du client est en cours d’examen',
      underReview:
        'L’Espace partenaires examine le compte de {{customer}} et suspend ses achats jusqu’à la fin de l’examen, en général sous quelques jours. Ce panier est conservé : validez la commande de nouveau une fois le compte approuvé.',
      notApprovedTitle: 'Le compte du client n’a pas été approuvé',
      notApproved:
        'L’Espace partenaires n’a pas approuvé le compte de {{customer}} : aucun achat n’est possible pour lui. Vérifiez les informations du compte du client ; ce panier est conservé.',
      openAccount: 'Ouvrir le compte de {{customer}}',
    },
  },
};
