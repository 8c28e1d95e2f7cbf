import type { Customer } from '@/lib/api-types/customers';
import { seededEtag, seededGuid } from './seed-ids';

/**
 * [company, domain prefix, country, city, state/region, postal code, street, first, middle,
 *  last, phone ('' = missing), INN ('' = missing), language]
 */
type CustomerRow = [string, string, string, string, string, string, string, string, string, string, string, string, string];

// Screening countries first: some complete, some missing INN and/or phone (the work list).
const rows: CustomerRow[] = [
  ['Ararat Digital LLC', 'araratdigital', 'AM', 'Yerevan', '', '0010', '12 Abovyan St', 'Armen', 'Karenovich', 'Petrosyan', '+37410555123', '02571234', 'hy'],
  ['Sevan Logistics CJSC', 'sevanlogistics', 'AM', 'Gyumri', '', '3101', '4 Rustaveli St', 'Lilit', '', 'Hakobyan', '', '', 'hy'],
  ['Caspian Energy Services', 'caspianenergy', 'AZ', 'Baku', '', 'AZ1000', '25 Nizami St', 'Elchin', '', 'Mammadov', '+994125551234', '1403456789', 'az'],
  ['Ganja Textiles', 'ganjatextiles', 'AZ', 'Ganja', '', 'AZ2000', '8 Javad Khan St', 'Leyla', '', 'Aliyeva', '+994225550101', '', 'az'],
  ['Minsk Software House', 'minsksoft', 'BY', 'Minsk', '', '220030', '17 Nezavisimosti Ave', 'Andrei', 'Ivanovich', 'Kovalenko', '+375172223344', '190123456', 'be'],
  ['Brest Agro Holding', 'brestagro', 'BY', 'Brest', '', '224005', '3 Sovetskaya St', 'Olga', '', 'Novik', '', '190765432', 'be'],
  ['Danube Precision Kft', 'danubeprecision', 'HU', 'Budapest', '', '1051', 'Nador utca 9', 'Gabor', '', 'Nagy', '+3612345678', '12345678901', 'hu'],
  ['Tisza Foods Zrt', 'tiszafoods', 'HU', 'Szeged', '', '6720', 'Karasz utca 2', 'Eszter', '', 'Kovacs', '+3662555010', '', 'hu'],
  ['Steppe Mining JSC', 'steppemining', 'KZ', 'Almaty', '', '050000', '105 Abai Ave', 'Nurlan', 'Serikovich', 'Abenov', '+77272555001', '960340000123', 'kk'],
  ['Astana Retail Group', 'astanaretail', 'KZ', 'Astana', '', '010000', '2 Kabanbay Batyr Ave', 'Aigerim', '', 'Suleimenova', '', '', 'kk'],
  ['Baikonur Analytics', 'baikonuranalytics', 'KZ', 'Shymkent', '', '160000', '44 Tauke Khan Ave', 'Dauren', '', 'Iskakov', '+77252555017', '', 'ru'],
  ['Issyk-Kul Travel', 'issykkultravel', 'KG', 'Bishkek', '', '720040', '120 Chui Ave', 'Aibek', '', 'Toktogulov', '+996312555222', '02345678901234', 'ky'],
  ['Tian Shan Media', 'tianshanmedia', 'KG', 'Osh', '', '723500', '15 Lenin St', 'Gulnara', '', 'Sadykova', '', '', 'ky'],
  ['Codru Wines SRL', 'codruwines', 'MD', 'Chisinau', '', 'MD-2001', '67 Stefan cel Mare Blvd', 'Ion', '', 'Rusu', '+37322555123', '1003600123456', 'ro'],
  ['Nistru Consulting', 'nistruconsulting', 'MD', 'Balti', '', 'MD-3100', '5 Independentei St', 'Maria', 'Ana', 'Ciobanu', '+37323155544', '', 'ro'],
  ['Volga Industrial Systems', 'volgaindustrial', 'RU', 'Kazan', '', '420111', '24 Kremlyovskaya St', 'Dmitry', 'Sergeevich', 'Volkov', '+78432555010', '1655123456', 'ru'],
  ['Neva Maritime', 'nevamaritime', 'RU', 'Saint Petersburg', '', '190000', '10 Nevsky Prospekt', 'Irina', '', 'Smirnova', '', '7801234567', 'ru'],
  ['Ural Machinery', 'uralmachinery', 'RU', 'Yekaterinburg', '', '620014', '31 Lenina Ave', 'Sergei', '', 'Popov', '+73432555888', '', 'ru'],
  ['Pamir Hydro', 'pamirhydro', 'TJ', 'Dushanbe', '', '734025', '40 Rudaki Ave', 'Farrukh', '', 'Rahimov', '+992372555100', '020012345', 'tg'],
  ['Khujand Cotton', 'khujandcotton', 'TJ', 'Khujand', '', '735700', '9 Lenin St', 'Zarina', '', 'Nazarova', '', '', 'tg'],
  ['Samarkand Silk Road Co', 'samarkandsilk', 'UZ', 'Samarkand', '', '140100', '7 Registan St', 'Bakhodir', '', 'Yusupov', '+998662555123', '301234567', 'uz'],
  ['Tashkent Fintech', 'tashkentfintech', 'UZ', 'Tashkent', '', '100000', '1 Amir Temur Ave', 'Dilnoza', '', 'Karimova', '+998712555000', '', 'uz'],
  ['Dnipro Agrotech', 'dniproagrotech', 'UA', 'Dnipro', '', '49000', '52 Yavornytskoho Ave', 'Oleksandr', 'Petrovych', 'Shevchenko', '+380562555123', '32855961', 'uk'],
  ['Lviv Creative Studio', 'lvivcreative', 'UA', 'Lviv', '', '79000', '14 Rynok Sq', 'Oksana', '', 'Bondarenko', '', '', 'uk'],
  ['Odesa Port Services', 'odesaport', 'UA', 'Odesa', '', '65000', '1 Prymorska St', 'Taras', '', 'Melnyk', '+380482555700', '', 'uk'],
  // Elsewhere: no INN required (until the 2021 countries, BR and IN among them).
  ['Contoso Outdoor Supply', 'contosooutdoor', 'US', 'Seattle', 'WA', '98101', '400 Pine St', 'Megan', '', 'Bowen', '+12065550100', '', 'en'],
  ['Fabrikam Health', 'fabrikamhealth', 'US', 'Austin', 'TX', '78701', '600 Congress Ave', 'Alex', 'J', 'Wilber', '', '', 'en'],
  ['Northwind Traders', 'northwindtraders', 'US', 'Chicago', 'IL', '60601', '233 S Wacker Dr', 'Nestor', '', 'Wilke', '+13125550177', '', 'en'],
  ['Adatum Education District', 'adatumedu', 'US', 'Denver', 'CO', '80202', '1437 Bannock St', 'Diego', '', 'Siciliani', '+13035550150', '', 'en'],
  ['Maple Leaf Robotics', 'mapleleafrobotics', 'CA', 'Toronto', 'ON', 'M5H 2N2', '100 King St W', 'Isaiah', '', 'Langer', '+14165550123', '', 'en'],
  ['Tailspin Air Quebec', 'tailspinquebec', 'CA', 'Montreal', 'QC', 'H3B 4W8', '1000 Rue de la Gauchetiere', 'Chloe', '', 'Tremblay', '', '', 'fr'],
  ['Thames Valley Analytics', 'thamesanalytics', 'GB', 'Reading', 'Berkshire', 'RG1 1AF', '20 Forbury Rd', 'Oliver', '', 'Hughes', '+441184960123', '', 'en'],
  ['Highland Distillers Ltd', 'highlanddistillers', 'GB', 'Inverness', 'Highland', 'IV1 1HY', '3 Bank St', 'Fiona', '', 'MacLeod', '', '', 'en'],
  ['Lumiere Conseil', 'lumiereconseil', 'FR', 'Lyon', '', '69002', '15 Quai Saint-Antoine', 'Camille', '', 'Lefebvre', '+33478000111', '', 'fr'],
  ['Atelier Bordeaux SAS', 'atelierbordeaux', 'FR', 'Bordeaux', '', '33000', '8 Cours de l\'Intendance', 'Julien', '', 'Moreau', '+33556000222', '', 'fr'],
  ['Rheinwerk Maschinenbau GmbH', 'rheinwerk', 'DE', 'Cologne', '', '50667', 'Hohe Strasse 52', 'Lukas', '', 'Schneider', '+492215550199', '', 'de'],
  ['Alster Logistik AG', 'alsterlogistik', 'DE', 'Hamburg', '', '20095', 'Ballindamm 17', 'Hannah', '', 'Fischer', '', '', 'de'],
  ['Ipanema Pagamentos', 'ipanemapag', 'BR', 'Rio de Janeiro', 'RJ', '22410-003', 'Rua Visconde de Piraja 250', 'Rafael', '', 'Souza', '+552125550100', '12345678000195', 'pt'],
  ['Bengaluru Cloudworks', 'bengalurucloud', 'IN', 'Bengaluru', 'KA', '560001', '42 MG Road', 'Priya', '', 'Raman', '', '', 'en'],
  ['Sakura Precision KK', 'sakuraprecision', 'JP', 'Osaka', '', '530-0001', '2-4 Umeda, Kita-ku', 'Haruto', '', 'Sato', '+81665550100', '', 'ja'],
];

const cultureByLanguage: Record<string, string> = {
  hy: 'hy-AM', az: 'az-Latn-AZ', be: 'be-BY', hu: 'hu-HU', kk: 'kk-KZ', ru: 'ru-RU', ky: 'ky-KG', ro: 'ro-MD',
  tg: 'tg-Cyrl-TJ', uz: 'uz-Latn-UZ', uk: 'uk-UA', en: 'en-US', fr: 'fr-FR', de: 'de-DE', pt: 'pt-BR', ja: 'ja-JP',
};

function customerFromRow(row: CustomerRow, index: number): Customer {
  const [companyName, prefix, country, city, state, postalCode, street, firstName, middleName, lastName, phone, inn, language] = row;
  const id = seededGuid(`customer:${prefix}`);
  const domain = `${prefix}.onmicrosoft.com`;
  return {
    id,
    commerceId: seededGuid(`commerce:${prefix}`),
    relationshipToPartner: 'reseller',
    allowDelegatedAccess: index % 5 !== 4,
    companyProfile: {
      tenantId: id,
      domain,
      companyName,
      ...(inn ? { organizationRegistrationNumber: inn } : {}),
      attributes: { objectType: 'CustomerCompanyProfile' },
    },
    billingProfile: {
      id: seededGuid(`billing:${prefix}`),
      firstName,
      lastName,
      email: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@${prefix}.example`,
      culture: cultureByLanguage[language] ?? 'en-US',
      language,
      companyName,
      defaultAddress: {
        country,
        city,
        ...(state ? { state } : {}),
        addressLine1: street,
        postalCode,
        firstName,
        ...(middleName ? { middleName } : {}),
        lastName,
        ...(phone ? { phoneNumber: phone } : {}),
      },
      attributes: { objectType: 'CustomerBillingProfile', etag: seededEtag(`billing:${prefix}`, 1) },
    },
    attributes: { objectType: 'Customer' },
  };
}

export function seedCustomers(): Customer[] {
  return rows.map(customerFromRow);
}
