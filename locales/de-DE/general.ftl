### "General" tab (zone pivot "general"), in page order.
### German (Germany). Formal address (Sie).

# H3 heading of the "general" tab.
heading-general-information = Allgemeine Informationen

# Sentence under the general heading. $publisher is the publisher (partner company) name, never translated.
intro-general = Von { $publisher } an Microsoft bereitgestellte Informationen:

general-app-name = App-Name

# Row label: the app’s store ID (for example WA104381433), shown as data.
general-id = ID

general-office-clients = Unterstützte Office 365-Clients

general-partner-name = Name des Partnerunternehmens

general-company-website = Website des Unternehmens

# Row label; the answer is a link to the terms of use.
general-terms-of-use = Nutzungsbedingungen der App

general-core-functionality = Kernfunktionen der App

# Row label; the answer is a country (enum-country-*).
general-hq-location = Hauptsitz des Unternehmens

general-app-info-page = App-Infoseite

# The answer is an enum-hosting-* value.
general-hosting-model = Welche Hostingumgebung oder welches Dienstmodell wird zum Ausführen Ihrer App verwendet?

# The answer is a list of enum-cloud-* values.
general-hosting-providers = Welche Cloudanbieter nutzt die App für das Hosting?

# Rows of the general table of older pages (zone_pivot_groups app-info-data-mcas-identity, app-info-data-mcas,
# app-info-data-identity), after general-partner-name, in page order.

# Row label; the answer is a link to the publisher’s website.
general-partner-website-url = URL der Partnerwebsite

# Row label; the answer is a link. "Teams" is a product name.
general-teams-app-info-page-url = URL der Teams-App-Infoseite

# Row label; the answer is a link. Same wording as privacy-policy-url (privacy.ftl), which is the row of the "Privacy" tab of current pages.
general-privacy-policy-url = URL der Datenschutzerklärung

# Row label; the answer is a link to the terms of use.
general-terms-of-use-url = URL der Nutzungsbedingungen
