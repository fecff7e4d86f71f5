### Index pages (<folder>/<folder>-apps.md): the list of the apps of a product, in page order.
### Reference locale (en-US).

# Every index page has a title, a description, an H1 and an intro paragraph of its own, then the table of the apps.
# Product names (Microsoft Teams, Excel, SharePoint, Azure, …) are not translated.

## azure/azure-apps.md (Azure AD application IDs)

# Front matter "title" (YAML: do not use a colon followed by a space).
index-azure-title = Azure App IDs security and compliance - All apps

# Front matter "description".
index-azure-description = All available security and compliance information for all Azure App IDs.

# H1 heading; the anchor before it is page structure.
index-azure-h1 = Azure App IDs security and compliance

# Paragraph under the H1.
index-azure-intro = Microsoft works with our Microsoft 365 developer partners to provide the information organizations need to accelerate and inform decisions about Azure App IDs and add-ins that they use. This compliance, data handling, and security information is intended to help organizations assess and manage risk in using these apps.

## excel/excel-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-excel-title = Microsoft Excel apps security and compliance - All apps

# Front matter "description".
index-excel-description = All available security and compliance information for all Microsoft Excel apps.

# H1 heading; the anchor before it is page structure.
index-excel-h1 = Microsoft Excel apps security and compliance

# Paragraph under the H1.
index-excel-intro = Microsoft works with our Microsoft 365 developer partners to provide the information organizations need to accelerate and inform decisions about Microsoft Excel apps and add-ins that they use. This compliance, data handling, and security information is intended to help organizations assess and manage risk in using these apps.

## onenote/onenote-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-onenote-title = Microsoft OneNote apps security and compliance - All apps

# Front matter "description".
index-onenote-description = All available security and compliance information for all Microsoft OneNote apps.

# H1 heading; the anchor before it is page structure.
index-onenote-h1 = Microsoft OneNote apps security and compliance

# Paragraph under the H1.
index-onenote-intro = Microsoft works with our Microsoft 365 developer partners to provide the information organizations need to accelerate and inform decisions about Microsoft OneNote apps and add-ins that they use. This compliance, data handling, and security information is intended to help organizations assess and manage risk in using these apps.

## outlook/outlook-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-outlook-title = Microsoft Outlook apps security and compliance - All apps

# Front matter "description".
index-outlook-description = All available security and compliance information for all Microsoft Outlook apps.

# H1 heading; the anchor before it is page structure.
index-outlook-h1 = Microsoft Outlook apps security and compliance

# Paragraph under the H1.
index-outlook-intro = Microsoft works with our Microsoft 365 developer partners to provide the information organizations need to accelerate and inform decisions about Microsoft Outlook apps and add-ins that they use. This compliance, data handling, and security information is intended to help organizations assess and manage risk in using these apps.

## powerpoint/powerpoint-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-powerpoint-title = Microsoft PowerPoint apps security and compliance - All apps

# Front matter "description".
index-powerpoint-description = All available security and compliance information for all Microsoft PowerPoint apps.

# H1 heading; the anchor before it is page structure.
index-powerpoint-h1 = Microsoft PowerPoint apps security and compliance

# Paragraph under the H1.
index-powerpoint-intro = Microsoft works with our Microsoft 365 developer partners to provide the information organizations need to accelerate and inform decisions about Microsoft PowerPoint apps and add-ins that they use. This compliance, data handling, and security information is intended to help organizations assess and manage risk in using these apps.

## project/project-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-project-title = Microsoft Project apps security and compliance - All apps

# Front matter "description".
index-project-description = All available security and compliance information for all Microsoft Project apps.

# H1 heading; the anchor before it is page structure.
index-project-h1 = Microsoft Project apps security and compliance

# Paragraph under the H1.
index-project-intro = Microsoft works with our Microsoft 365 developer partners to provide the information organizations need to accelerate and inform decisions about Microsoft Project apps and add-ins that they use. This compliance, data handling, and security information is intended to help organizations assess and manage risk in using these apps.

## saas/saas-apps.md (SaaS apps)

# Front matter "title" (YAML: do not use a colon followed by a space).
index-saas-title = SaaS apps security and compliance - All apps

# Front matter "description".
index-saas-description = All available security and compliance information for all SaaS apps.

# H1 heading; the anchor before it is page structure.
index-saas-h1 = SaaS apps security and compliance

# Paragraph under the H1.
index-saas-intro = Microsoft works with our Microsoft 365 developer partners to provide the information organizations need to accelerate and inform decisions about SaaS apps and add-ins that they use. This compliance, data handling, and security information is intended to help organizations assess and manage risk in using these apps.

## sharepoint/sharepoint-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-sharepoint-title = Microsoft SharePoint apps security and compliance - All apps

# Front matter "description".
index-sharepoint-description = All available security and compliance information for all Microsoft SharePoint apps.

# H1 heading; the anchor before it is page structure.
index-sharepoint-h1 = Microsoft SharePoint apps security and compliance

# Paragraph under the H1.
index-sharepoint-intro = Microsoft works with our Microsoft 365 developer partners to provide the information organizations need to accelerate and inform decisions about Microsoft SharePoint apps and add-ins that they use. This compliance, data handling, and security information is intended to help organizations assess and manage risk in using these apps.

## teams/teams-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-teams-title = Microsoft Teams apps security and compliance - All apps

# Front matter "description".
index-teams-description = All available security and compliance information for all Microsoft Teams apps.

# H1 heading; the anchor before it is page structure.
index-teams-h1 = Microsoft Teams apps security and compliance

# Paragraph under the H1.
index-teams-intro = Microsoft works with our Microsoft 365 developer partners to provide the information organizations need to accelerate and inform decisions about Microsoft Teams apps and add-ins that they use. This compliance, data handling, and security information is intended to help organizations assess and manage risk in using these apps.

## web/web-apps.md (web apps)

# Front matter "title" (YAML: do not use a colon followed by a space).
index-web-title = Web app security and compliance - All apps

# Front matter "description".
index-web-description = All available security and compliance information for all Web apps.

# H1 heading; the anchor before it is page structure.
index-web-h1 = Web app security and compliance

# Paragraph under the H1. The Markdown link is part of the message: keep its target unchanged.
index-web-intro = Microsoft works with our Microsoft 365 partners to provide the information organizations need to accelerate and inform decisions about Web apps and add-ins that they use. Information is supplemented with information from the [Microsoft Cloud App Security](https://www.microsoft.com/en-us/enterprise-mobility-security/cloud-app-security) app catalog and information provided by developers when submitting their apps. This compliance, data handling, and security information is intended to help organizations assess and manage risk in using these apps.

## word/word-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-word-title = Microsoft Word apps security and compliance - All apps

# Front matter "description".
index-word-description = All available security and compliance information for all Microsoft Word apps.

# H1 heading; the anchor before it is page structure.
index-word-h1 = Microsoft Word apps security and compliance

# Paragraph under the H1.
index-word-intro = Microsoft works with our Microsoft 365 developer partners to provide the information organizations need to accelerate and inform decisions about Microsoft Word apps and add-ins that they use. This compliance, data handling, and security information is intended to help organizations assess and manage risk in using these apps.

## Table of the apps (header cells without their ** bold markers; the index-certified and index-certified-badge-alt labels are also used by the azure/<id>.md pages).

# Header of the column of the app names (each a link to the app’s page).
index-app = App

# azure/azure-apps.md: header of the column of the application IDs (each a link to the ID’s page).
index-azure-app-id = Azure App ID

# Header of the column of the publisher (partner company) names.
index-partner = Partner

# Header of the column that shows a check mark when the publisher has completed the publisher attestation.
index-attested = Publisher attested

# Header of the column that shows the certified badge when the app is Microsoft 365 Certified.
index-certified = Certified

# Alt text of the small certified badge image in the "Certified" column. Read by screen readers.
index-certified-badge-alt = Certified application badge
