### Answer words and enumeration values (enum-<family>-<value>).
### French (France). Typography: non-breaking space (U+00A0) before ? : ; !

# Answer words of yes/no questions.
answer-yes = Oui

answer-no = Non

# Not applicable. Also used for N/A results in the certification table.
answer-na = Sans objet

# Hosting environment or service model (general-hosting-model).
enum-hosting-saas = SaaS

enum-hosting-paas = PaaS

enum-hosting-iaas = IaaS

# ISV-hosted: the app runs on infrastructure hosted by the publisher (independent software vendor) itself.
enum-hosting-isv-hosted = Hébergé par l’éditeur

enum-hosting-hybrid = Hybride

# Hosting cloud providers (general-hosting-providers). Provider names are not translated.
enum-cloud-azure = Azure

enum-cloud-aws = AWS

# Google Cloud Platform.
enum-cloud-gcp = GCP

enum-cloud-alibaba = Alibaba Cloud

enum-cloud-ibm = IBM Cloud

enum-cloud-oracle = Oracle Cloud

enum-cloud-self-hosted = Auto-hébergé

enum-cloud-other = Autre

# Systems protected by multi-factor authentication (security-mfa).
enum-mfa-code-repositories = Dépôts de code

enum-mfa-dns-management = Gestion DNS

enum-mfa-credentials = Informations d’identification

enum-mfa-none = Aucune des options ci-dessus

# Malware protection used by the environment (security-antimalware).
enum-antimalware-traditional = Protection traditionnelle contre les programmes malveillants

enum-antimalware-application-controls = Contrôle des applications

# SOC 2 report type (compliance-soc2-type).
enum-soc2-type1 = Type 1

enum-soc2-type2 = Type 2

# How long data is retained after account termination (data-retention-period).
enum-retention-less-than-30-days = Moins de 30 jours

enum-retention-less-than-60-days = Moins de 60 jours

enum-retention-less-than-90-days = Moins de 90 jours

enum-retention-more-than-90-days = Plus de 90 jours

# The data is not kept at all.
enum-retention-not-retained = Non conservées

enum-retention-deleted-within-1-month = Supprimées dans un délai d’un mois

enum-retention-deleted-within-3-months = Supprimées dans un délai de 3 mois

enum-retention-deleted-after-3-months = Supprimées après 3 mois

# Microsoft Graph permission type (graph-permission-type column). French agrees with "autorisation" (feminine).
enum-permission-delegated = Déléguée

enum-permission-application = Application

# Delegated and application permission.
enum-permission-both = Les deux

# Microsoft 365 certification results (certification-result column). Group results are upper case on the page.
enum-certification-pass = RÉUSSI

enum-certification-fail = ÉCHEC

# The control was assessed.
enum-certification-in-scope = Dans le périmètre

# Countries (company headquarters, data storage location), keyed by lowercase ISO 3166-1 alpha-2 code.
enum-country-ae = Émirats arabes unis

enum-country-ar = Argentine

enum-country-at = Autriche

enum-country-au = Australie

enum-country-be = Belgique

enum-country-br = Brésil

enum-country-ca = Canada

enum-country-ch = Suisse

enum-country-cl = Chili

enum-country-cn = Chine

enum-country-cy = Chypre

enum-country-cz = Tchéquie

enum-country-de = Allemagne

enum-country-dk = Danemark

enum-country-ee = Estonie

enum-country-es = Espagne

enum-country-fi = Finlande

enum-country-fj = Fidji

enum-country-fr = France

enum-country-gb = Royaume-Uni

enum-country-hk = Hong Kong

enum-country-hu = Hongrie

enum-country-id = Indonésie

enum-country-ie = Irlande

enum-country-il = Israël

enum-country-in = Inde

enum-country-is = Islande

enum-country-it = Italie

enum-country-jp = Japon

enum-country-kr = Corée du Sud

enum-country-lk = Sri Lanka

enum-country-lt = Lituanie

enum-country-lu = Luxembourg

enum-country-mx = Mexique

enum-country-nl = Pays-Bas

enum-country-no = Norvège

enum-country-nz = Nouvelle-Zélande

enum-country-ph = Philippines

enum-country-pl = Pologne

enum-country-pt = Portugal

enum-country-ro = Roumanie

enum-country-ru = Russie

enum-country-se = Suède

enum-country-sg = Singapour

enum-country-sk = Slovaquie

enum-country-tw = Taïwan

enum-country-us = États-Unis

enum-country-vn = Vietnam

enum-country-za = Afrique du Sud
