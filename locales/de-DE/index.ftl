### Index pages (<folder>/<folder>-apps.md): the list of the apps of a product, in page order.
### German (Germany). Formal address (Sie).

# Every index page has a title, a description, an H1 and an intro paragraph of its own, then the table of the apps.
# Product names (Microsoft Teams, Excel, SharePoint, Azure, …) are not translated.

## azure/azure-apps.md (Azure AD application IDs)

# Front matter "title" (YAML: do not use a colon followed by a space).
index-azure-title = Sicherheit und Compliance von Azure-App-IDs – Alle Apps

# Front matter "description".
index-azure-description = Alle verfügbaren Sicherheits- und Compliance-Informationen zu allen Azure-App-IDs.

# H1 heading; the anchor before it is page structure.
index-azure-h1 = Sicherheit und Compliance von Azure-App-IDs

# Paragraph under the H1.
index-azure-intro = Microsoft arbeitet mit seinen Microsoft 365-Entwicklerpartnern zusammen, um Organisationen die Informationen bereitzustellen, die sie für schnelle und fundierte Entscheidungen über die von ihnen verwendeten Azure-App-IDs und Add-Ins benötigen. Diese Informationen zu Compliance, Datenverarbeitung und Sicherheit sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

## excel/excel-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-excel-title = Sicherheit und Compliance von Microsoft Excel-Apps – Alle Apps

# Front matter "description".
index-excel-description = Alle verfügbaren Sicherheits- und Compliance-Informationen zu allen Microsoft Excel-Apps.

# H1 heading; the anchor before it is page structure.
index-excel-h1 = Sicherheit und Compliance von Microsoft Excel-Apps

# Paragraph under the H1.
index-excel-intro = Microsoft arbeitet mit seinen Microsoft 365-Entwicklerpartnern zusammen, um Organisationen die Informationen bereitzustellen, die sie für schnelle und fundierte Entscheidungen über die von ihnen verwendeten Microsoft Excel-Apps und -Add-Ins benötigen. Diese Informationen zu Compliance, Datenverarbeitung und Sicherheit sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

## onenote/onenote-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-onenote-title = Sicherheit und Compliance von Microsoft OneNote-Apps – Alle Apps

# Front matter "description".
index-onenote-description = Alle verfügbaren Sicherheits- und Compliance-Informationen zu allen Microsoft OneNote-Apps.

# H1 heading; the anchor before it is page structure.
index-onenote-h1 = Sicherheit und Compliance von Microsoft OneNote-Apps

# Paragraph under the H1.
index-onenote-intro = Microsoft arbeitet mit seinen Microsoft 365-Entwicklerpartnern zusammen, um Organisationen die Informationen bereitzustellen, die sie für schnelle und fundierte Entscheidungen über die von ihnen verwendeten Microsoft OneNote-Apps und -Add-Ins benötigen. Diese Informationen zu Compliance, Datenverarbeitung und Sicherheit sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

## outlook/outlook-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-outlook-title = Sicherheit und Compliance von Microsoft Outlook-Apps – Alle Apps

# Front matter "description".
index-outlook-description = Alle verfügbaren Sicherheits- und Compliance-Informationen zu allen Microsoft Outlook-Apps.

# H1 heading; the anchor before it is page structure.
index-outlook-h1 = Sicherheit und Compliance von Microsoft Outlook-Apps

# Paragraph under the H1.
index-outlook-intro = Microsoft arbeitet mit seinen Microsoft 365-Entwicklerpartnern zusammen, um Organisationen die Informationen bereitzustellen, die sie für schnelle und fundierte Entscheidungen über die von ihnen verwendeten Microsoft Outlook-Apps und -Add-Ins benötigen. Diese Informationen zu Compliance, Datenverarbeitung und Sicherheit sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

## powerpoint/powerpoint-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-powerpoint-title = Sicherheit und Compliance von Microsoft PowerPoint-Apps – Alle Apps

# Front matter "description".
index-powerpoint-description = Alle verfügbaren Sicherheits- und Compliance-Informationen zu allen Microsoft PowerPoint-Apps.

# H1 heading; the anchor before it is page structure.
index-powerpoint-h1 = Sicherheit und Compliance von Microsoft PowerPoint-Apps

# Paragraph under the H1.
index-powerpoint-intro = Microsoft arbeitet mit seinen Microsoft 365-Entwicklerpartnern zusammen, um Organisationen die Informationen bereitzustellen, die sie für schnelle und fundierte Entscheidungen über die von ihnen verwendeten Microsoft PowerPoint-Apps und -Add-Ins benötigen. Diese Informationen zu Compliance, Datenverarbeitung und Sicherheit sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

## project/project-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-project-title = Sicherheit und Compliance von Microsoft Project-Apps – Alle Apps

# Front matter "description".
index-project-description = Alle verfügbaren Sicherheits- und Compliance-Informationen zu allen Microsoft Project-Apps.

# H1 heading; the anchor before it is page structure.
index-project-h1 = Sicherheit und Compliance von Microsoft Project-Apps

# Paragraph under the H1.
index-project-intro = Microsoft arbeitet mit seinen Microsoft 365-Entwicklerpartnern zusammen, um Organisationen die Informationen bereitzustellen, die sie für schnelle und fundierte Entscheidungen über die von ihnen verwendeten Microsoft Project-Apps und -Add-Ins benötigen. Diese Informationen zu Compliance, Datenverarbeitung und Sicherheit sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

## saas/saas-apps.md (SaaS apps)

# Front matter "title" (YAML: do not use a colon followed by a space).
index-saas-title = Sicherheit und Compliance von SaaS-Apps – Alle Apps

# Front matter "description".
index-saas-description = Alle verfügbaren Sicherheits- und Compliance-Informationen zu allen SaaS-Apps.

# H1 heading; the anchor before it is page structure.
index-saas-h1 = Sicherheit und Compliance von SaaS-Apps

# Paragraph under the H1.
index-saas-intro = Microsoft arbeitet mit seinen Microsoft 365-Entwicklerpartnern zusammen, um Organisationen die Informationen bereitzustellen, die sie für schnelle und fundierte Entscheidungen über die von ihnen verwendeten SaaS-Apps und -Add-Ins benötigen. Diese Informationen zu Compliance, Datenverarbeitung und Sicherheit sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

## sharepoint/sharepoint-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-sharepoint-title = Sicherheit und Compliance von Microsoft SharePoint-Apps – Alle Apps

# Front matter "description".
index-sharepoint-description = Alle verfügbaren Sicherheits- und Compliance-Informationen zu allen Microsoft SharePoint-Apps.

# H1 heading; the anchor before it is page structure.
index-sharepoint-h1 = Sicherheit und Compliance von Microsoft SharePoint-Apps

# Paragraph under the H1.
index-sharepoint-intro = Microsoft arbeitet mit seinen Microsoft 365-Entwicklerpartnern zusammen, um Organisationen die Informationen bereitzustellen, die sie für schnelle und fundierte Entscheidungen über die von ihnen verwendeten Microsoft SharePoint-Apps und -Add-Ins benötigen. Diese Informationen zu Compliance, Datenverarbeitung und Sicherheit sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

## teams/teams-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-teams-title = Sicherheit und Compliance von Microsoft Teams-Apps – Alle Apps

# Front matter "description".
index-teams-description = Alle verfügbaren Sicherheits- und Compliance-Informationen zu allen Microsoft Teams-Apps.

# H1 heading; the anchor before it is page structure.
index-teams-h1 = Sicherheit und Compliance von Microsoft Teams-Apps

# Paragraph under the H1.
index-teams-intro = Microsoft arbeitet mit seinen Microsoft 365-Entwicklerpartnern zusammen, um Organisationen die Informationen bereitzustellen, die sie für schnelle und fundierte Entscheidungen über die von ihnen verwendeten Microsoft Teams-Apps und -Add-Ins benötigen. Diese Informationen zu Compliance, Datenverarbeitung und Sicherheit sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

## web/web-apps.md (web apps)

# Front matter "title" (YAML: do not use a colon followed by a space).
index-web-title = Sicherheit und Compliance von Web-Apps – Alle Apps

# Front matter "description".
index-web-description = Alle verfügbaren Sicherheits- und Compliance-Informationen zu allen Web-Apps.

# H1 heading; the anchor before it is page structure.
index-web-h1 = Sicherheit und Compliance von Web-Apps

# Paragraph under the H1. The Markdown link is part of the message: keep its target unchanged.
index-web-intro = Microsoft arbeitet mit seinen Microsoft 365-Partnern zusammen, um Organisationen die Informationen bereitzustellen, die sie für schnelle und fundierte Entscheidungen über die von ihnen verwendeten Web-Apps und -Add-Ins benötigen. Diese Informationen werden durch Informationen aus dem App-Katalog von [Microsoft Cloud App Security](https://www.microsoft.com/en-us/enterprise-mobility-security/cloud-app-security) und durch Angaben ergänzt, die die Entwickler beim Einreichen ihrer Apps machen. Diese Informationen zu Compliance, Datenverarbeitung und Sicherheit sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

## word/word-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-word-title = Sicherheit und Compliance von Microsoft Word-Apps – Alle Apps

# Front matter "description".
index-word-description = Alle verfügbaren Sicherheits- und Compliance-Informationen zu allen Microsoft Word-Apps.

# H1 heading; the anchor before it is page structure.
index-word-h1 = Sicherheit und Compliance von Microsoft Word-Apps

# Paragraph under the H1.
index-word-intro = Microsoft arbeitet mit seinen Microsoft 365-Entwicklerpartnern zusammen, um Organisationen die Informationen bereitzustellen, die sie für schnelle und fundierte Entscheidungen über die von ihnen verwendeten Microsoft Word-Apps und -Add-Ins benötigen. Diese Informationen zu Compliance, Datenverarbeitung und Sicherheit sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

## Table of the apps (header cells without their ** bold markers; the index-certified and index-certified-badge-alt labels are also used by the azure/<id>.md pages).

# Header of the column of the app names (each a link to the app’s page).
index-app = App

# azure/azure-apps.md: header of the column of the application IDs (each a link to the ID’s page).
index-azure-app-id = Azure-App-ID

# Header of the column of the publisher (partner company) names.
index-partner = Partner

# Header of the column that shows a check mark when the publisher has completed the publisher attestation.
index-attested = Vom Herausgeber bestätigt

# Header of the column that shows the certified badge when the app is Microsoft 365 Certified.
index-certified = Zertifiziert

# Alt text of the small certified badge image in the "Certified" column. Read by screen readers.
index-certified-badge-alt = Badge für zertifizierte App
