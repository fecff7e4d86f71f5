### Published machine-translation wordings of the messages of answers.ftl (fr-FR).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

answer-yes =
    .mt1 = true

answer-no =
    .mt1 = false

answer-na =
    .mt1 = S/O

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
    .mt2 = Autres

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

enum-retention-not-retained =
    .mt1 = Éléments non conservés

enum-retention-deleted-within-1-month =
    .mt1 = Supprimé dans un délai d’un mois
    .mt2 = Supprimé au cours d’un mois

enum-retention-deleted-within-3-months =
    .mt1 = Supprimé dans les 3 mois

enum-retention-deleted-after-3-months =
    .mt1 = Supprimé après 3 mois

enum-permission-delegated =
    .mt1 = Délégué

enum-certification-pass =
    .mt1 = PASSER

enum-certification-in-scope =
    .mt1 = Dans l’étendue

enum-country-ae =
    .mt1 = Émirats arabes unis (le)

enum-country-cz =
    .mt1 = Tchèque

enum-country-gb =
    .mt1 = Royaume-Uni de Grande-Bretagne et d’Irlande du Nord (le)
    .mt2 = Royaume-Uni de Grande-France et Irlande du Nord (le)
    .mt3 = Royaume-Uni de Grande-Bretagne et Irlande du Nord (le)
    .mt4 = Royaume-Uni de Grande-Bretagne et d’Irlande du Nord (l')
    .mt5 = du Royaume-Uni de Grande-Bretagne et d’Irlande du Nord (le)

enum-country-kr =
    .mt1 = Corée (République de)

enum-country-nl =
    .mt1 = Pays-Bas (le)
    .mt2 = Pays-Bas (les)
    .mt3 = Pays-Bas (l')
    .mt4 = des Pays-Bas (the)

enum-country-ph =
    .mt1 = Philippines (le)

enum-country-ru =
    .mt1 = Fédération de Russie (le)

enum-country-tw =
    .mt1 = Taïwan (province de Chine)

enum-country-us =
    .mt1 = États-Unis d’Amérique
    .mt2 = États-Unis Amérique
    .mt3 = Estados Unidos d’Amérique

enum-country-de =
    .mt1 = d’Allemagne

enum-country-fr =
    .mt1 = de France

enum-country-ie =
    .mt1 = d’Irlande

enum-country-cn =
    .mt1 = de Chine

enum-country-jp =
    .mt1 = du Japon

enum-country-in =
    .mt1 = d’Inde

enum-country-au =
    .mt1 = d’Australie
