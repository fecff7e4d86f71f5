### Answer words and enumeration values (enum-<family>-<value>).
### German (Germany). Formal address (Sie).

# Answer words of yes/no questions.
answer-yes = Ja

answer-no = Nein

# Not applicable. Also used for N/A results in the certification table.
answer-na = Nicht zutreffend

# Hosting environment or service model (general-hosting-model).
enum-hosting-saas = SaaS

enum-hosting-paas = PaaS

enum-hosting-iaas = IaaS

# ISV-hosted: the app runs on infrastructure hosted by the publisher (independent software vendor) itself.
enum-hosting-isv-hosted = Vom Herausgeber gehostet

enum-hosting-hybrid = Hybrid

# Hosting cloud providers (general-hosting-providers). Provider names are not translated.
enum-cloud-azure = Azure

enum-cloud-aws = AWS

# Google Cloud Platform.
enum-cloud-gcp = GCP

enum-cloud-alibaba = Alibaba Cloud

enum-cloud-ibm = IBM Cloud

enum-cloud-oracle = Oracle Cloud

enum-cloud-self-hosted = Selbst gehostet

enum-cloud-other = Andere

# Systems protected by multi-factor authentication (security-mfa).
enum-mfa-code-repositories = Code-Repositorys

enum-mfa-dns-management = DNS-Verwaltung

enum-mfa-credentials = Anmeldeinformationen

enum-mfa-none = Keine der genannten Optionen

# Malware protection used by the environment (security-antimalware).
enum-antimalware-traditional = Herkömmlicher Schutz vor Schadsoftware

enum-antimalware-application-controls = Anwendungssteuerung

# SOC 2 report type (compliance-soc2-type).
enum-soc2-type1 = Typ 1

enum-soc2-type2 = Typ 2

# How long data is retained after account termination (data-retention-period).
enum-retention-less-than-30-days = Weniger als 30 Tage

enum-retention-less-than-60-days = Weniger als 60 Tage

enum-retention-less-than-90-days = Weniger als 90 Tage

enum-retention-more-than-90-days = Mehr als 90 Tage

# The data is not kept at all.
enum-retention-not-retained = Nicht aufbewahrt

enum-retention-deleted-within-1-month = Innerhalb eines Monats gelöscht

enum-retention-deleted-within-3-months = Innerhalb von 3 Monaten gelöscht

enum-retention-deleted-after-3-months = Nach 3 Monaten gelöscht

# Microsoft Graph permission type (graph-permission-type column). French agrees with "autorisation" (feminine).
enum-permission-delegated = Delegiert

enum-permission-application = Anwendung

# Delegated and application permission.
enum-permission-both = Beide

# Microsoft 365 certification results (certification-result column). Group results are upper case on the page.
enum-certification-pass = BESTANDEN

enum-certification-fail = NICHT BESTANDEN

# The control was assessed.
enum-certification-in-scope = Im Geltungsbereich

# Countries (company headquarters, data storage location), keyed by lowercase ISO 3166-1 alpha-2 code.
enum-country-ae = Vereinigte Arabische Emirate

enum-country-ar = Argentinien

enum-country-at = Österreich

enum-country-au = Australien

enum-country-be = Belgien

enum-country-br = Brasilien

enum-country-ca = Kanada

enum-country-ch = Schweiz

enum-country-cl = Chile

enum-country-cn = China

enum-country-cy = Zypern

enum-country-cz = Tschechien

enum-country-de = Deutschland

enum-country-dk = Dänemark

enum-country-ee = Estland

enum-country-es = Spanien

enum-country-fi = Finnland

enum-country-fj = Fidschi

enum-country-fr = Frankreich

enum-country-gb = Vereinigtes Königreich

enum-country-hk = Hongkong

enum-country-hu = Ungarn

enum-country-id = Indonesien

enum-country-ie = Irland

enum-country-il = Israel

enum-country-in = Indien

enum-country-is = Island

enum-country-it = Italien

enum-country-jp = Japan

enum-country-kr = Südkorea

enum-country-lk = Sri Lanka

enum-country-lt = Litauen

enum-country-lu = Luxemburg

enum-country-mx = Mexiko

enum-country-nl = Niederlande

enum-country-no = Norwegen

enum-country-nz = Neuseeland

enum-country-ph = Philippinen

enum-country-pl = Polen

enum-country-pt = Portugal

enum-country-ro = Rumänien

enum-country-ru = Russland

enum-country-se = Schweden

enum-country-sg = Singapur

enum-country-sk = Slowakei

enum-country-tw = Taiwan

enum-country-us = Vereinigte Staaten

enum-country-vn = Vietnam

enum-country-za = Südafrika
