### Published machine-translation wordings of the messages of index.ftl (de-DE).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

index-azure-title =
    .mt1 = Azure-App IDs Sicherheit und Compliance – Alle Apps

index-azure-description =
    .mt1 = Alle verfügbaren Sicherheits- und Complianceinformationen für alle Azure-App IDs.

index-azure-h1 =
    .mt1 = Azure-App IDs Sicherheit und Compliance

index-azure-intro =
    .mt1 = Microsoft arbeitet mit unseren Microsoft 365-Entwicklerpartnern zusammen, um die Informationen bereitzustellen, die Organisationen benötigen, um Entscheidungen über Azure-App IDs und Add-Ins, die sie verwenden, zu beschleunigen und zu informieren. Diese Informationen über Sicherheit, Datenverarbeitung und Compliance sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

index-excel-title =
    .mt1 = Sicherheit und Compliance von Microsoft Excel Apps – Alle Apps

index-excel-description =
    .mt1 = Alle verfügbaren Sicherheits- und Complianceinformationen für alle Microsoft Excel-Apps.

index-excel-h1 =
    .mt1 = Sicherheit und Compliance von Microsoft Excel Apps

index-excel-intro =
    .mt1 = Microsoft arbeitet mit unseren Microsoft 365-Entwicklerpartnern zusammen, um die Informationen bereitzustellen, die Organisationen benötigen, um Entscheidungen über die von ihnen verwendeten Microsoft Excel-Apps und -Add-Ins zu beschleunigen und zu informieren. Diese Informationen über Sicherheit, Datenverarbeitung und Compliance sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

index-onenote-title =
    .mt1 = sicherheit und Compliance von Microsoft OneNote Apps – alle Apps

index-onenote-description =
    .mt1 = Alle verfügbaren Sicherheits- und Complianceinformationen für alle Microsoft OneNote Apps.

index-onenote-h1 =
    .mt1 = Sicherheit und Compliance von Microsoft OneNote Apps

index-onenote-intro =
    .mt1 = Microsoft arbeitet mit unseren Microsoft 365-Entwicklerpartnern zusammen, um die Informationen bereitzustellen, die Organisationen benötigen, um Entscheidungen über Microsoft OneNote apps und add-ins, die sie verwenden, zu beschleunigen und zu informieren. Diese Informationen über Sicherheit, Datenverarbeitung und Compliance sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

index-outlook-title =
    .mt1 = Sicherheit und Compliance von Microsoft Outlook Apps – Alle Apps

index-outlook-description =
    .mt1 = Alle verfügbaren Sicherheits- und Complianceinformationen für alle Microsoft Outlook-Apps.

index-outlook-h1 =
    .mt1 = Sicherheit und Compliance von Microsoft Outlook Apps

index-outlook-intro =
    .mt1 = Microsoft arbeitet mit unseren Microsoft 365-Entwicklerpartnern zusammen, um die Informationen bereitzustellen, die Organisationen benötigen, um Entscheidungen über die von ihnen verwendeten Microsoft Outlook-Apps und -Add-Ins zu beschleunigen und zu informieren. Diese Informationen über Sicherheit, Datenverarbeitung und Compliance sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

index-powerpoint-title =
    .mt1 = Sicherheit und Compliance von Microsoft PowerPoint Apps – Alle Apps

index-powerpoint-description =
    .mt1 = Alle verfügbaren Sicherheits- und Complianceinformationen für alle Microsoft PowerPoint-Apps.

index-powerpoint-h1 =
    .mt1 = Sicherheit und Compliance von Microsoft PowerPoint Apps

index-powerpoint-intro =
    .mt1 = Microsoft arbeitet mit unseren Microsoft 365-Entwicklerpartnern zusammen, um die Informationen bereitzustellen, die Organisationen benötigen, um Entscheidungen zu Microsoft PowerPoint-Apps und -Add-Ins, die sie verwenden, zu beschleunigen und zu informieren. Diese Informationen über Sicherheit, Datenverarbeitung und Compliance sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

index-project-title =
    .mt1 = Sicherheit und Compliance von Microsoft Project Apps – Alle Apps

index-project-description =
    .mt1 = Alle verfügbaren Sicherheits- und Complianceinformationen für alle Microsoft Project-Apps.

index-project-h1 =
    .mt1 = Sicherheit und Compliance von Microsoft Project Apps

index-project-intro =
    .mt1 = Microsoft arbeitet mit unseren Microsoft 365-Entwicklerpartnern zusammen, um die Informationen bereitzustellen, die Organisationen benötigen, um Entscheidungen über die von ihnen verwendeten Microsoft Project-Apps und -Add-Ins zu beschleunigen und zu informieren. Diese Informationen über Sicherheit, Datenverarbeitung und Compliance sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

index-saas-description =
    .mt1 = Alle verfügbaren Sicherheits- und Complianceinformationen für alle SaaS-Apps.

index-saas-intro =
    .mt1 = Microsoft arbeitet mit unseren Microsoft 365-Entwicklerpartnern zusammen, um die Informationen bereitzustellen, die Organisationen benötigen, um Entscheidungen über SaaS-Apps und -Add-Ins zu beschleunigen und zu informieren, die sie verwenden. Diese Informationen über Sicherheit, Datenverarbeitung und Compliance sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

index-sharepoint-title =
    .mt1 = Sicherheit und Compliance von Microsoft SharePoint Apps – Alle Apps

index-sharepoint-description =
    .mt1 = Alle verfügbaren Sicherheits- und Complianceinformationen für alle Microsoft SharePoint-Apps.

index-sharepoint-h1 =
    .mt1 = Sicherheit und Compliance von Microsoft SharePoint Apps

index-sharepoint-intro =
    .mt1 = Microsoft arbeitet mit unseren Microsoft 365-Entwicklerpartnern zusammen, um die Informationen bereitzustellen, die Organisationen benötigen, um Entscheidungen zu Microsoft SharePoint-Apps und -Add-Ins, die sie verwenden, zu beschleunigen und zu informieren. Diese Informationen über Sicherheit, Datenverarbeitung und Compliance sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

index-teams-description =
    .mt1 = Alle verfügbaren Sicherheits- und Complianceinformationen für alle Microsoft Teams-Apps.

index-teams-intro =
    .mt1 = Microsoft arbeitet mit unseren Microsoft 365-Entwicklerpartnern zusammen, um die Informationen bereitzustellen, die Organisationen benötigen, um Entscheidungen über von ihnen verwendete Microsoft Teams-Apps und -Add-Ins zu beschleunigen und zu informieren. Diese Informationen über Sicherheit, Datenverarbeitung und Compliance sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

index-web-title =
    .mt1 = Sicherheit und Compliance von Web App – Alle Apps

index-web-description =
    .mt1 = Alle verfügbaren Sicherheits- und Complianceinformationen für alle Web-Apps.

index-web-h1 =
    .mt1 = Sicherheit und Compliance von Web App

index-web-intro =
    .mt1 = Microsoft arbeitet mit unseren Microsoft 365-Entwicklerpartnern zusammen, um die Informationen bereitzustellen, die Organisationen benötigen, um Entscheidungen über von ihnen verwendete Web-Apps und Add-Ins zu beschleunigen und zu informieren. Diese Informationen werden mit Informationen aus dem [Microsoft Cloud App Security](https://www.microsoft.com/en-us/enterprise-mobility-security/cloud-app-security)-App-Katalog und mit vom Entwickler beim Einreichen ihrer Anwendungen zur Verfügung gestellten Informationen ergänzt. Diese Informationen über Sicherheit, Datenverarbeitung und Compliance sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

index-word-title =
    .mt1 = Sicherheit und Compliance von Microsoft Word Apps – Alle Apps

index-word-description =
    .mt1 = Alle verfügbaren Sicherheits- und Complianceinformationen für alle Microsoft Word-Apps.

index-word-h1 =
    .mt1 = Sicherheit und Compliance von Microsoft Word Apps

index-word-intro =
    .mt1 = Microsoft arbeitet mit unseren Microsoft 365-Entwicklerpartnern zusammen, um die Informationen bereitzustellen, die Organisationen benötigen, um Entscheidungen über Microsoft Word-Apps und -Add-Ins, die sie verwenden, zu beschleunigen und zu informieren. Diese Informationen über Sicherheit, Datenverarbeitung und Compliance sollen Organisationen dabei helfen, Risiken bei der Verwendung dieser Apps zu bewerten und zu verwalten.

index-attested =
    .mt1 = Vom Herausgeber nachgewiesen
