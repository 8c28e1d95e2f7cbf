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
      body: 'Partner Center a refusé la commande : l’acceptation du Contrat client Microsoft par {{customer}} n’a pas été confirmée. Enregistrez-la d’abord ; ce panier est conservé et vous y revenez ensuite.',
      confirm: 'Confirmer l’acceptation du client',
    },
  },
};
