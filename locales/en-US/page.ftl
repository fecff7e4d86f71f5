### Page chrome: front matter, badges, last-updated line, store links, table headers, include, tab titles.
### Reference locale (en-US).

# Front matter "title" (YAML: do not use a colon followed by a space). $app is the app name and $publisher the publisher (partner company) name; both are data, never translated.
page-title = Application information for { $app } by { $publisher }

# Front matter "description" (YAML: do not use a colon followed by a space). $app is the app name. "Microsoft Cloud App Security" and "CSA STAR" are names and stay as they are.
page-description = All available security and compliance information for { $app }, its data handling policies, its Microsoft Cloud App Security app catalog information, and security/compliance information in the CSA STAR registry.

# H1 heading of the page: the app name alone ($app), which is data. The anchor before it is page structure.
page-h1 = { $app }

# Alt text of the "attested" badge image (pages of publisher-attested apps). Read by screen readers.
page-badge-attested-alt = Publisher Attestation: The information on this page is based on a self-assessment report provided by the app developer on the security, compliance, and data handling practices followed by this app. Microsoft makes no guarantees regarding the accuracy of the information.

# "alt" attribute of the link around the "certified" badge (pages of Microsoft 365 Certified apps).
page-badge-certified-link-alt = This Microsoft 365 Certified app has been reviewed by Microsoft against industry standards and controls for security, compliance, and data handling practices. Where applicable, Microsoft has verified the developer's claims of compliance with reasonable and effective practices.

# Alt text of the "certified" badge image, which links to the certification program.
page-badge-certified-image-alt = Click here for more information on the Microsoft Certified app program.

# Line under the badge. Takes $day, $month and $year, which are passed on to date-long (dates.ftl).
page-last-updated = Last updated by the developer on: { date-long }

# Link text of the link to the app in the Microsoft Teams store. "Teams" is a product name.
page-view-in-teams-store = View in Teams store

# Link text of the link to the app in AppSource (product name, not translated).
page-view-in-appsource = View in AppSource

# Header of the first column (the questions) of every question table; the ** bold markers are page structure.
table-information = Information

# Header of the second column (the answers) of every question table.
table-response = Response

# H3 heading of the included file includes/corrections-or-suggestions.md.
page-include-heading = Questions

# Text of the included file includes/corrections-or-suggestions.md. The HTML link is part of the message: keep its href and target unchanged.
page-include-text = Questions or updates to any of the information you see here? <a href="https://aka.ms/AppComplianceQuestions" target="_blank">Contact us!</a>

# zone-pivot-groups.yml: title of the group of tabs.
page-pivot-group-title = App information categories

# zone-pivot-groups.yml: prompt above the tabs.
page-pivot-prompt = Choose the category of information you would like to see for this app:

# Tab titles (zone pivots), in tab order.
page-pivot-general = General

page-pivot-data = Data handling

page-pivot-security = Security

page-pivot-compliance = Compliance

page-pivot-privsection = Privacy

# Also the title of the "identity" tab of older pages (zone pivot "identity"), which has the same title.
page-pivot-zerotrust = Identity

page-pivot-certification = Certification

# Older pages: title of the "mcas" tab (Microsoft Cloud App Security catalog information).
page-pivot-mcas = Security and compliance
