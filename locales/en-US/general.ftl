### "General" tab (zone pivot "general"), in page order.
### Reference locale (en-US).

# H3 heading of the "general" tab.
heading-general-information = General information

# Sentence under the general heading. $publisher is the publisher (partner company) name, never translated.
intro-general = Information provided by { $publisher } to Microsoft:

general-app-name = App name

# Row label: the app’s store ID (for example WA104381433), shown as data.
general-id = ID

general-office-clients = Office 365 clients supported

general-partner-name = Partner company name

general-company-website = Company website

# Row label; the answer is a link to the terms of use.
general-terms-of-use = App terms of use

general-core-functionality = Core functionality of the app

# Row label; the answer is a country (enum-country-*).
general-hq-location = Company headquarters location

general-app-info-page = App info page

# The answer is an enum-hosting-* value.
general-hosting-model = What is the hosting environment or service model used to run your app?

# The answer is a list of enum-cloud-* values.
general-hosting-providers = What hosting cloud providers does the app use?

# Rows of the general table of older pages (zone_pivot_groups app-info-data-mcas-identity, app-info-data-mcas,
# app-info-data-identity), after general-partner-name, in page order.

# Row label; the answer is a link to the publisher’s website.
general-partner-website-url = Partner website URL

# Row label; the answer is a link. "Teams" is a product name.
general-teams-app-info-page-url = Teams app info page URL

# Row label; the answer is a link. Same wording as privacy-policy-url (privacy.ftl), which is the row of the "Privacy" tab of current pages.
general-privacy-policy-url = Privacy policy URL

# Row label; the answer is a link to the terms of use.
general-terms-of-use-url = Terms of use URL
