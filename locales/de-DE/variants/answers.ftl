### Published machine-translation wordings of the messages of answers.ftl (de-DE).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

answer-yes =
    .mt1 = true

answer-no =
    .mt1 = false
    .mt2 = Nr.

answer-na =
    .mt1 = N/V
    .mt2 = –

enum-hosting-paas =
    .mt1 = Paas

enum-hosting-iaas =
    .mt1 = Iaas

enum-hosting-isv-hosted =
    .mt1 = IsvHosted

enum-cloud-aws =
    .mt1 = Aws

enum-cloud-alibaba =
    .mt1 = AlibabaCloud

enum-cloud-ibm =
    .mt1 = IBMCloud

enum-cloud-oracle =
    .mt1 = OracleCloud

enum-cloud-self-hosted =
    .mt1 = SelfHosted

enum-cloud-other =
    .mt1 = Other
    .mt2 = Sonstiges

enum-mfa-code-repositories =
    .mt1 = CodeRepositories

enum-mfa-dns-management =
    .mt1 = DNSManagement

enum-mfa-credentials =
    .mt1 = Credential

enum-mfa-none =
    .mt1 = NoneOfTheAbove

enum-antimalware-traditional =
    .mt1 = TraditionalAntiMalware

enum-antimalware-application-controls =
    .mt1 = ApplicationControls

enum-soc2-type1 =
    .mt1 = type1
    .mt2 = Typ1

enum-soc2-type2 =
    .mt1 = type2
    .mt2 = Typ2

enum-retention-not-retained =
    .mt1 = Nicht beibehalten

enum-retention-deleted-within-3-months =
    .mt1 = Innerhalb von 3.000 Jahren gelöscht

enum-retention-deleted-after-3-months =
    .mt1 = Nach 3Monthen gelöscht
    .mt2 = Nach 3.000 Uhr gelöscht

enum-permission-delegated =
    .mt1 = abgeordnet

enum-permission-both =
    .mt1 = beides

enum-certification-pass =
    .mt1 = BESTEHEN

enum-certification-in-scope =
    .mt1 = Im Bereich

enum-country-ae =
    .mt1 = Vereinigte Arabische Emirate (die)

enum-country-gb =
    .mt1 = Vereinigtes Königreich Großbritannien und Nordirland (die)
    .mt2 = Vereinigtes Königreich Großbritannien und Nordirland (the)

enum-country-kr =
    .mt1 = Korea (Republik)

enum-country-nl =
    .mt1 = Niederlande (die)
    .mt2 = Niederlande (vereinigtes Königreich)

enum-country-ph =
    .mt1 = Philippinen (die)

enum-country-ru =
    .mt1 = Russische Föderation (die)

enum-country-tw =
    .mt1 = Taiwan (Provinz China)

enum-country-us =
    .mt1 = USA Amerikas
    .mt2 = Vereinigte Staaten von Amerika
    .mt3 = USA von Amerika
    .mt4 = Estados Unidos Amerikas
