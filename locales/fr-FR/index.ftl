### Index pages (<folder>/<folder>-apps.md): the list of the apps of a product, in page order.
### French (France). Typography: non-breaking space (U+00A0) before ? : ; !

# Every index page has a title, a description, an H1 and an intro paragraph of its own, then the table of the apps.
# Product names (Microsoft Teams, Excel, SharePoint, Azure, …) are not translated.

## azure/azure-apps.md (Azure AD application IDs)

# Front matter "title" (YAML: do not use a colon followed by a space).
index-azure-title = Sécurité et conformité des ID d’application Azure - Toutes les applications

# Front matter "description".
index-azure-description = Toutes les informations de sécurité et de conformité disponibles pour tous les ID d’application Azure.

# H1 heading; the anchor before it is page structure.
index-azure-h1 = Sécurité et conformité des ID d’application Azure

# Paragraph under the H1.
index-azure-intro = Microsoft collabore avec ses partenaires développeurs Microsoft 365 afin de fournir aux organisations les informations dont elles ont besoin pour éclairer et accélérer leurs décisions concernant les ID d’application Azure et les compléments qu’elles utilisent. Ces informations sur la conformité, la gestion des données et la sécurité visent à aider les organisations à évaluer et à gérer les risques liés à l’utilisation de ces applications.

## excel/excel-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-excel-title = Sécurité et conformité des applications Microsoft Excel - Toutes les applications

# Front matter "description".
index-excel-description = Toutes les informations de sécurité et de conformité disponibles pour toutes les applications Microsoft Excel.

# H1 heading; the anchor before it is page structure.
index-excel-h1 = Sécurité et conformité des applications Microsoft Excel

# Paragraph under the H1.
index-excel-intro = Microsoft collabore avec ses partenaires développeurs Microsoft 365 afin de fournir aux organisations les informations dont elles ont besoin pour éclairer et accélérer leurs décisions concernant les applications et compléments Microsoft Excel qu’elles utilisent. Ces informations sur la conformité, la gestion des données et la sécurité visent à aider les organisations à évaluer et à gérer les risques liés à l’utilisation de ces applications.

## onenote/onenote-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-onenote-title = Sécurité et conformité des applications Microsoft OneNote - Toutes les applications

# Front matter "description".
index-onenote-description = Toutes les informations de sécurité et de conformité disponibles pour toutes les applications Microsoft OneNote.

# H1 heading; the anchor before it is page structure.
index-onenote-h1 = Sécurité et conformité des applications Microsoft OneNote

# Paragraph under the H1.
index-onenote-intro = Microsoft collabore avec ses partenaires développeurs Microsoft 365 afin de fournir aux organisations les informations dont elles ont besoin pour éclairer et accélérer leurs décisions concernant les applications et compléments Microsoft OneNote qu’elles utilisent. Ces informations sur la conformité, la gestion des données et la sécurité visent à aider les organisations à évaluer et à gérer les risques liés à l’utilisation de ces applications.

## outlook/outlook-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-outlook-title = Sécurité et conformité des applications Microsoft Outlook - Toutes les applications

# Front matter "description".
index-outlook-description = Toutes les informations de sécurité et de conformité disponibles pour toutes les applications Microsoft Outlook.

# H1 heading; the anchor before it is page structure.
index-outlook-h1 = Sécurité et conformité des applications Microsoft Outlook

# Paragraph under the H1.
index-outlook-intro = Microsoft collabore avec ses partenaires développeurs Microsoft 365 afin de fournir aux organisations les informations dont elles ont besoin pour éclairer et accélérer leurs décisions concernant les applications et compléments Microsoft Outlook qu’elles utilisent. Ces informations sur la conformité, la gestion des données et la sécurité visent à aider les organisations à évaluer et à gérer les risques liés à l’utilisation de ces applications.

## powerpoint/powerpoint-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-powerpoint-title = Sécurité et conformité des applications Microsoft PowerPoint - Toutes les applications

# Front matter "description".
index-powerpoint-description = Toutes les informations de sécurité et de conformité disponibles pour toutes les applications Microsoft PowerPoint.

# H1 heading; the anchor before it is page structure.
index-powerpoint-h1 = Sécurité et conformité des applications Microsoft PowerPoint

# Paragraph under the H1.
index-powerpoint-intro = Microsoft collabore avec ses partenaires développeurs Microsoft 365 afin de fournir aux organisations les informations dont elles ont besoin pour éclairer et accélérer leurs décisions concernant les applications et compléments Microsoft PowerPoint qu’elles utilisent. Ces informations sur la conformité, la gestion des données et la sécurité visent à aider les organisations à évaluer et à gérer les risques liés à l’utilisation de ces applications.

## project/project-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-project-title = Sécurité et conformité des applications Microsoft Project - Toutes les applications

# Front matter "description".
index-project-description = Toutes les informations de sécurité et de conformité disponibles pour toutes les applications Microsoft Project.

# H1 heading; the anchor before it is page structure.
index-project-h1 = Sécurité et conformité des applications Microsoft Project

# Paragraph under the H1.
index-project-intro = Microsoft collabore avec ses partenaires développeurs Microsoft 365 afin de fournir aux organisations les informations dont elles ont besoin pour éclairer et accélérer leurs décisions concernant les applications et compléments Microsoft Project qu’elles utilisent. Ces informations sur la conformité, la gestion des données et la sécurité visent à aider les organisations à évaluer et à gérer les risques liés à l’utilisation de ces applications.

## saas/saas-apps.md (SaaS apps)

# Front matter "title" (YAML: do not use a colon followed by a space).
index-saas-title = Sécurité et conformité des applications SaaS - Toutes les applications

# Front matter "description".
index-saas-description = Toutes les informations de sécurité et de conformité disponibles pour toutes les applications SaaS.

# H1 heading; the anchor before it is page structure.
index-saas-h1 = Sécurité et conformité des applications SaaS

# Paragraph under the H1.
index-saas-intro = Microsoft collabore avec ses partenaires développeurs Microsoft 365 afin de fournir aux organisations les informations dont elles ont besoin pour éclairer et accélérer leurs décisions concernant les applications et compléments SaaS qu’elles utilisent. Ces informations sur la conformité, la gestion des données et la sécurité visent à aider les organisations à évaluer et à gérer les risques liés à l’utilisation de ces applications.

## sharepoint/sharepoint-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-sharepoint-title = Sécurité et conformité des applications Microsoft SharePoint - Toutes les applications

# Front matter "description".
index-sharepoint-description = Toutes les informations de sécurité et de conformité disponibles pour toutes les applications Microsoft SharePoint.

# H1 heading; the anchor before it is page structure.
index-sharepoint-h1 = Sécurité et conformité des applications Microsoft SharePoint

# Paragraph under the H1.
index-sharepoint-intro = Microsoft collabore avec ses partenaires développeurs Microsoft 365 afin de fournir aux organisations les informations dont elles ont besoin pour éclairer et accélérer leurs décisions concernant les applications et compléments Microsoft SharePoint qu’elles utilisent. Ces informations sur la conformité, la gestion des données et la sécurité visent à aider les organisations à évaluer et à gérer les risques liés à l’utilisation de ces applications.

## teams/teams-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-teams-title = Sécurité et conformité des applications Microsoft Teams - Toutes les applications

# Front matter "description".
index-teams-description = Toutes les informations de sécurité et de conformité disponibles pour toutes les applications Microsoft Teams.

# H1 heading; the anchor before it is page structure.
index-teams-h1 = Sécurité et conformité des applications Microsoft Teams

# Paragraph under the H1.
index-teams-intro = Microsoft collabore avec ses partenaires développeurs Microsoft 365 afin de fournir aux organisations les informations dont elles ont besoin pour éclairer et accélérer leurs décisions concernant les applications et compléments Microsoft Teams qu’elles utilisent. Ces informations sur la conformité, la gestion des données et la sécurité visent à aider les organisations à évaluer et à gérer les risques liés à l’utilisation de ces applications.

## web/web-apps.md (web apps)

# Front matter "title" (YAML: do not use a colon followed by a space).
index-web-title = Sécurité et conformité des applications web - Toutes les applications

# Front matter "description".
index-web-description = Toutes les informations de sécurité et de conformité disponibles pour toutes les applications web.

# H1 heading; the anchor before it is page structure.
index-web-h1 = Sécurité et conformité des applications web

# Paragraph under the H1. The Markdown link is part of the message: keep its target unchanged.
index-web-intro = Microsoft collabore avec ses partenaires Microsoft 365 afin de fournir aux organisations les informations dont elles ont besoin pour éclairer et accélérer leurs décisions concernant les applications et compléments web qu’elles utilisent. Ces informations sont complétées par celles du catalogue d’applications [Microsoft Cloud App Security](https://www.microsoft.com/en-us/enterprise-mobility-security/cloud-app-security) et par celles que les développeurs fournissent lorsqu’ils soumettent leurs applications. Ces informations sur la conformité, la gestion des données et la sécurité visent à aider les organisations à évaluer et à gérer les risques liés à l’utilisation de ces applications.

## word/word-apps.md

# Front matter "title" (YAML: do not use a colon followed by a space).
index-word-title = Sécurité et conformité des applications Microsoft Word - Toutes les applications

# Front matter "description".
index-word-description = Toutes les informations de sécurité et de conformité disponibles pour toutes les applications Microsoft Word.

# H1 heading; the anchor before it is page structure.
index-word-h1 = Sécurité et conformité des applications Microsoft Word

# Paragraph under the H1.
index-word-intro = Microsoft collabore avec ses partenaires développeurs Microsoft 365 afin de fournir aux organisations les informations dont elles ont besoin pour éclairer et accélérer leurs décisions concernant les applications et compléments Microsoft Word qu’elles utilisent. Ces informations sur la conformité, la gestion des données et la sécurité visent à aider les organisations à évaluer et à gérer les risques liés à l’utilisation de ces applications.

## Table of the apps (header cells without their ** bold markers; the index-certified and index-certified-badge-alt labels are also used by the azure/<id>.md pages).

# Header of the column of the app names (each a link to the app’s page).
index-app = Application

# azure/azure-apps.md: header of the column of the application IDs (each a link to the ID’s page).
index-azure-app-id = ID d’application Azure

# Header of the column of the publisher (partner company) names.
index-partner = Partenaire

# Header of the column that shows a check mark when the publisher has completed the publisher attestation.
index-attested = Attesté par l’éditeur

# Header of the column that shows the certified badge when the app is Microsoft 365 Certified.
index-certified = Certifié

# Alt text of the small certified badge image in the "Certified" column. Read by screen readers.
index-certified-badge-alt = Badge d’application certifiée
