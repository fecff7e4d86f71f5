### Published machine-translation wordings of the messages of answers.ftl (en-US).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.
### en-US: English wordings left untranslated on fr-FR/de-DE pages, and raw form codes.

answer-yes =
    .mt1 = true

answer-no =
    .mt1 = false

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

enum-soc2-type2 =
    .mt1 = type2
