### Published machine-translation wordings of the messages of identity.ftl (de-DE).
### Recognized when reading published pages, never written. Attribute names (.mt1, .mt2, ...) are stable.

identity-azure-ad =
    .mt1 = Ist Ihre Anwendung in Microsoft Identity Platform (Azure AD) für einmaliges Anmelden, API-Zugriff usw. integriert?
    .mt2 = Ist Ihre Anwendung in die Microsoft Identity Platform (Azure AD) für einmaliges Anmelden, API-Zugriff usw. integriert?

identity-best-practices =
    .mt1 = Haben Sie alle anwendbaren bewährten Methoden überprüft und eingehalten, die in der Checkliste für die Microsoft Identity Platform Integration aufgeführt sind?
    .mt2 = Haben Sie alle anwendbaren bewährten Methoden, die in der Checkliste für die Microsoft Identity Platform Integration beschrieben sind, überprüft und befolgt?
    .mt3 = Haben Sie alle in der Checkliste für die Integration von Microsoft Identity Platform aufgeführten bewährten Methoden überprüft und eingehalten?
    .mt4 = Haben Sie alle anwendbaren bewährten Methoden, die in der Prüfliste zur Integration der Microsoft Identity Platform beschrieben sind, überprüft und befolgt?

identity-msal =
    .mt1 = Verwendet Ihre App die neueste Version von MSAL (Microsoft Authentication Library) oder Microsoft Identity Web für die Authentifizierung?
    .mt2 = Verwendet Ihre App die neueste Version von MSAL (Microsoft-Authentifizierungsbibliothek) oder Microsoft Identity Web für die Authentifizierung?

identity-auth-library =
    .mt1 = Welche Authentifizierungsbibliotheken werden verwendet, wenn Ihre App keine der oben genannten Bibliotheken verwendet?
    .mt2 = Welche Authentifizierungsbibliotheken werden von Ihrer App verwendet, wenn sie keine der oben genannten Bibliotheken verwendet?

identity-policy-types =
    .mt1 = Auflisten der unterstützten Richtlinientypen

identity-least-privilege =
    .mt1 = Fordert Ihre App Berechtigungen mit den geringsten Berechtigungen für Ihr Szenario an?

identity-cae =
    .mt1 = Unterstützt Ihre App die kontinuierliche Zugriffsauswertung (Continuous Access Evaluation, CAE)
    .mt2 = Unterstützt Ihre App continuous Access Evaluation (CAE)

identity-additional-apis =
    .mt1 = Apps und Add-Ins für Microsoft 365 verwenden möglicherweise zusätzliche Microsoft-APIs außerhalb von Microsoft Graph. Verwendet Ihre App oder Ihr Add-In zusätzliche Microsoft-APIs?
    .mt2 = Apps und Add-Ins für Microsoft 365 können zusätzliche Microsoft-APIs außerhalb von Microsoft Graph verwenden. Verwendet Ihre App oder Ihr Add-In zusätzliche Microsoft-APIs?

heading-graph =
    .mt1 = Datenzugriff mithilfe von Microsoft Graph
    .mt2 = Datenzugriff mit Microsoft Graph

graph-permission =
    .mt1 = Graph Berechtigung

graph-app-id =
    .mt1 = Azure AD App-ID

note-no-graph =
    .mt1 = Diese Anwendung verwendet keine Microsoft Graph.
    .mt2 = Diese Anwendung verwendet Microsoft Graph nicht.

note-no-additional-apis =
    .mt1 = Diese Anwendung verfügt nicht über zusätzliche APIs.
