### "General" tab (zone pivot "general"), in page order.
### French (France). Typography: non-breaking space (U+00A0) before ? : ; !

# H3 heading of the "general" tab.
heading-general-information = Informations générales

# Sentence under the general heading. $publisher is the publisher (partner company) name, never translated.
intro-general = Informations fournies par { $publisher } à Microsoft :

general-app-name = Nom de l’application

# Row label: the app’s store ID (for example WA104381433), shown as data.
general-id = ID

general-office-clients = Clients Office 365 pris en charge

general-partner-name = Nom de la société partenaire

general-company-website = Site web de la société

# Row label; the answer is a link to the terms of use.
general-terms-of-use = Conditions d’utilisation de l’application

general-core-functionality = Fonctionnalités principales de l’application

# Row label; the answer is a country (enum-country-*).
general-hq-location = Siège social de la société

general-app-info-page = Page d’informations sur l’application

# The answer is an enum-hosting-* value.
general-hosting-model = Quel environnement d’hébergement ou modèle de service est utilisé pour exécuter votre application ?

# The answer is a list of enum-cloud-* values.
general-hosting-providers = Quels fournisseurs de cloud l’application utilise-t-elle pour son hébergement ?

# Rows of the general table of older pages (zone_pivot_groups app-info-data-mcas-identity, app-info-data-mcas,
# app-info-data-identity), after general-partner-name, in page order.

# Row label; the answer is a link to the publisher’s website.
general-partner-website-url = URL du site web du partenaire

# Row label; the answer is a link. "Teams" is a product name.
general-teams-app-info-page-url = URL de la page d’informations de l’application Teams

# Row label; the answer is a link. Same wording as privacy-policy-url (privacy.ftl), which is the row of the "Privacy" tab of current pages.
general-privacy-policy-url = URL de la politique de confidentialité

# Row label; the answer is a link to the terms of use.
general-terms-of-use-url = URL des conditions d’utilisation
