### Answer words and enumeration values (enum-<family>-<value>).
### Reference locale (en-US).

# Answer words of yes/no questions.
answer-yes = Yes

answer-no = No

# Not applicable. Also used for N/A results in the certification table.
answer-na = N/A

# Hosting environment or service model (general-hosting-model).
enum-hosting-saas = SaaS

enum-hosting-paas = PaaS

enum-hosting-iaas = IaaS

# ISV-hosted: the app runs on infrastructure hosted by the publisher (independent software vendor) itself.
enum-hosting-isv-hosted = Hosted by the publisher

enum-hosting-hybrid = Hybrid

# Hosting cloud providers (general-hosting-providers). Provider names are not translated.
enum-cloud-azure = Azure

enum-cloud-aws = AWS

# Google Cloud Platform.
enum-cloud-gcp = GCP

enum-cloud-alibaba = Alibaba Cloud

enum-cloud-ibm = IBM Cloud

enum-cloud-oracle = Oracle Cloud

enum-cloud-self-hosted = Self-hosted

enum-cloud-other = Other

# Systems protected by multi-factor authentication (security-mfa).
enum-mfa-code-repositories = Code repositories

enum-mfa-dns-management = DNS management

enum-mfa-credentials = Credentials

enum-mfa-none = None of the above

# Malware protection used by the environment (security-antimalware).
enum-antimalware-traditional = Traditional anti-malware protection

enum-antimalware-application-controls = Application controls

# SOC 2 report type (compliance-soc2-type).
enum-soc2-type1 = Type 1

enum-soc2-type2 = Type 2

# How long data is retained after account termination (data-retention-period).
enum-retention-less-than-30-days = Less than 30 days

enum-retention-less-than-60-days = Less than 60 days

enum-retention-less-than-90-days = Less than 90 days

enum-retention-more-than-90-days = More than 90 days

# The data is not kept at all.
enum-retention-not-retained = Not retained

enum-retention-deleted-within-1-month = Deleted within one month

enum-retention-deleted-within-3-months = Deleted within 3 months

enum-retention-deleted-after-3-months = Deleted after 3 months

# Microsoft Graph permission type (graph-permission-type column). French agrees with "autorisation" (feminine).
enum-permission-delegated = Delegated

enum-permission-application = Application

# Delegated and application permission.
enum-permission-both = Both

# Microsoft 365 certification results (certification-result column). Group results are upper case on the page.
enum-certification-pass = PASS

enum-certification-fail = FAIL

# The control was assessed.
enum-certification-in-scope = In scope

# Countries (company headquarters, data storage location), keyed by lowercase ISO 3166-1 alpha-2 code.
enum-country-ae = United Arab Emirates

enum-country-ar = Argentina

enum-country-at = Austria

enum-country-au = Australia

enum-country-be = Belgium

enum-country-br = Brazil

enum-country-ca = Canada

enum-country-ch = Switzerland

enum-country-cl = Chile

enum-country-cn = China

enum-country-cy = Cyprus

enum-country-cz = Czechia

enum-country-de = Germany

enum-country-dk = Denmark

enum-country-ee = Estonia

enum-country-es = Spain

enum-country-fi = Finland

enum-country-fj = Fiji

enum-country-fr = France

enum-country-gb = United Kingdom

enum-country-hk = Hong Kong

enum-country-hu = Hungary

enum-country-id = Indonesia

enum-country-ie = Ireland

enum-country-il = Israel

enum-country-in = India

enum-country-is = Iceland

enum-country-it = Italy

enum-country-jp = Japan

enum-country-kr = South Korea

enum-country-lk = Sri Lanka

enum-country-lt = Lithuania

enum-country-lu = Luxembourg

enum-country-mx = Mexico

enum-country-nl = Netherlands

enum-country-no = Norway

enum-country-nz = New Zealand

enum-country-ph = Philippines

enum-country-pl = Poland

enum-country-pt = Portugal

enum-country-ro = Romania

enum-country-ru = Russia

enum-country-se = Sweden

enum-country-sg = Singapore

enum-country-sk = Slovakia

enum-country-tw = Taiwan

enum-country-us = United States

enum-country-vn = Vietnam

enum-country-za = South Africa
