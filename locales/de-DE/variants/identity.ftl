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
    .mt2 = Fordert Ihre App berechtigungen mit den geringsten Rechten für Ihr Szenario an?

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

data-graph-app-id =
    .mt1 = Azure AD App-ID
    .mt2 = Azure AD-App-ID

note-no-graph =
    .mt1 = Diese Anwendung verwendet keine Microsoft Graph.
    .mt2 = Diese Anwendung verwendet Microsoft Graph nicht.

note-no-additional-apis =
    .mt1 = Diese Anwendung verfügt nicht über zusätzliche APIs.

intro-identity =
    .mt1 = Diese Informationen wurden von { $publisher } darüber bereitgestellt, wie diese App die Authentifizierung, Autorisierung, bewährte Methoden für die Anwendungsregistrierung und andere Identitätskriterien behandelt.
    .mt2 = Diese Informationen wurden von { $publisher } darüber bereitgestellt, wie diese App Authentifizierung, Autorisierung, bewährte Methoden für die Anwendungsregistrierung und andere Identitätskriterien behandelt.
    .mt3 = Diese Informationen wurden von { $publisher } darüber bereitgestellt, wie diese App die Authentifizierung, Autorisierung, bewährte Methoden zur Anwendungsregistrierung und andere Identitätskriterien verarbeitet.
    .mt4 = Diese Informationen wurden von { $publisher } bereitgestellt, wie diese App die Authentifizierung, Autorisierung, bewährte Methoden für die Anwendungsregistrierung und andere Identitätskriterien behandelt.

identity-legacy-integration =
    .mt1 = Integrieren Sie die Microsoft Identify Platform (Azure AD)?

identity-legacy-msal =
    .mt1 = Verwendet Ihre App MSAL (Microsoft Authentication Library) für die Authentifizierung?
    .mt2 = Verwendet Ihre App MSAL (Microsoft-Authentifizierungsbibliothek) für die Authentifizierung?

identity-legacy-static-permissions =
    .mt1 = Spiegeln die statisch registrierten Berechtigungen Ihrer App genau die Berechtigungen wider, die Ihre App dynamisch und inkrementell anfordert?

identity-legacy-multitenancy =
    .mt1 = Unterstützt Ihre App Mehrmandantenfähigkeit?

identity-legacy-redirect-uris =
    .mt1 = Besitzen Sie den gesamten umleitenden Unified Resource Identifier (URI), der für Ihre App registriert ist?
    .mt2 = Besitzen Sie alle Umleitungs-URI (Unified Resource Identifier), die für Ihre App registriert sind?

identity-legacy-avoid =
    .mt1 = Was vermeiden Sie für Ihre App?

identity-legacy-web-apis =
    .mt1 = Macht Ihre App Web-APIs verfügbar?

identity-legacy-consent =
    .mt1 = Lässt Ihr Berechtigungsmodell nur den Erfolg von Aufrufen zu, wenn die Client-App die richtige Zustimmung erhält?
    .mt2 = Ermöglicht Ihr Berechtigungsmodell nur, dass Aufrufe erfolgreich sind, wenn die Client-App die richtige Zustimmung erhält?
