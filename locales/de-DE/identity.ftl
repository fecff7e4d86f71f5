### "Identity" tab (zone pivot "zerotrust"), in page order: questions, Microsoft Graph permission table, notes.
### German (Germany). Formal address (Sie).

# Product names: "Azure AD" stays as is; the Microsoft identity platform is "plateforme d’identités Microsoft" in Microsoft’s French documentation and "Microsoft Identity Platform" in its German documentation.
identity-azure-ad = Ist Ihre App für einmaliges Anmelden, API-Zugriff usw. in die Microsoft Identity Platform (Azure AD) integriert?

identity-best-practices = Haben Sie alle anwendbaren bewährten Methoden aus der Integrationscheckliste für die Microsoft Identity Platform geprüft und umgesetzt?

identity-msal = Verwendet Ihre App für die Authentifizierung die neueste Version der Microsoft-Authentifizierungsbibliothek (MSAL) oder von Microsoft Identity Web?

# The answer is free text written by the publisher.
identity-auth-library = Welche Authentifizierungsbibliotheken verwendet Ihre App, wenn sie keine der oben genannten Bibliotheken verwendet?

# Conditional Access is an Azure AD feature: "stratégies d’accès conditionnel", "Richtlinien für bedingten Zugriff".
identity-conditional-access = Unterstützt Ihre App Richtlinien für bedingten Zugriff?

# Follows the Conditional Access question (Conditional Access policy types); an instruction, not a question. The answer is free text.
identity-policy-types = Geben Sie die unterstützten Richtlinientypen an

# Shown only on pages of some waves.
identity-least-privilege = Fordert Ihre App für Ihr Szenario nur die minimal erforderlichen Berechtigungen an?

# The published source had no question mark.
identity-cae = Unterstützt Ihre App die fortlaufende Zugriffsevaluierung (Continuous Access Evaluation, CAE)?

identity-credentials-in-code = Speichert Ihre App Anmeldeinformationen im Code?

identity-additional-apis = Apps und Add-Ins für Microsoft 365 können neben Microsoft Graph weitere Microsoft-APIs verwenden. Verwendet Ihre App oder Ihr Add-In weitere Microsoft-APIs?

# H4 heading above the Microsoft Graph permission table, in the identity (zerotrust) tab.
heading-graph = Datenzugriff über Microsoft Graph

# Header cell of the Microsoft Graph permission table; the cells below are permission names such as User.Read.All.
graph-permission = Graph-Berechtigung

# Header cell; the cells below are enum-permission-* values (Delegated, Application).
graph-permission-type = Berechtigungstyp

# Header cell; the cells below are free text written by the publisher.
graph-justification = Begründung

# Header cell; the cells below are Azure AD application IDs linked to their page.
graph-app-id = Azure AD-App-ID

# Header cell of the last column of the permission table of older pages (data tab; see data-graph-permission in data.ftl).
# The cells below are bare Azure AD application IDs, not links. Published with the same words as graph-app-id: keep this
# message after graph-app-id, so that a tie between their published wordings outside the data tab goes to graph-app-id.
data-graph-app-id = Azure AD-Anwendungs-ID

# One-line note (block quote) shown instead of the Graph permission table.
note-no-graph = Diese App verwendet Microsoft Graph nicht.

# One-line note (block quote) at the end of the identity tab.
note-no-additional-apis = Diese App verwendet keine zusätzlichen APIs.

# Older pages (zone_pivot_groups app-info-data-mcas-identity, app-info-data-identity): the "identity" tab, in page order.
# Its question table also holds identity-best-practices, identity-conditional-access, identity-policy-types and
# identity-least-privilege (above), which ask the same questions as on current pages.

# H3 heading of the "identity" tab of older pages.
heading-identity-information = Identitätsinformationen

# Sentence under the identity heading. $publisher is the publisher (partner company) name, never translated.
intro-identity = Diese Informationen wurden von { $publisher } bereitgestellt und beschreiben, wie diese App Authentifizierung, Autorisierung, bewährte Methoden für die App-Registrierung und andere Identitätskriterien handhabt.

# First question of the older identity table (a broader question than identity-azure-ad).
identity-legacy-integration = Integrieren Sie die Microsoft Identity Platform (Azure AD)?

# Older form of identity-msal (any version of MSAL; Microsoft Identity Web is not mentioned).
identity-legacy-msal = Verwendet Ihre App die Microsoft-Authentifizierungsbibliothek (MSAL) für die Authentifizierung?

# Follows identity-least-privilege.
identity-legacy-static-permissions = Entsprechen die statisch registrierten Berechtigungen Ihrer App genau den Berechtigungen, die Ihre App dynamisch und inkrementell anfordert?

# Multi-tenancy: one app registration serving several Azure AD tenants (fr "mutualisation", de "Mehrinstanzenfähigkeit").
identity-legacy-multitenancy = Unterstützt Ihre App Mehrinstanzenfähigkeit?

# A confidential client is an app that can keep a secret (OAuth 2.0).
identity-legacy-confidential-client = Verfügt Ihre App über einen vertraulichen Client?

# Redirect URIs registered for the app in Azure AD.
identity-legacy-redirect-uris = Besitzen Sie alle für Ihre App registrierten Umleitungs-URIs (Uniform Resource Identifier)?

# The answer is free text: a list of practices (wildcard redirect URIs, OAuth2 implicit flow, ROPC flow) written by the publisher.
identity-legacy-avoid = Was vermeiden Sie in Ihrer App?

# Web APIs that the app exposes to other apps.
identity-legacy-web-apis = Stellt Ihre App Web-APIs bereit?

# Follows identity-legacy-web-apis: the permission model of the exposed web APIs.
identity-legacy-consent = Lässt Ihr Berechtigungsmodell Aufrufe nur dann zu, wenn die Client-App die entsprechende Zustimmung erhalten hat?

# Preview APIs: Microsoft APIs not yet generally available (fr "préversion", de "Vorschau").
identity-legacy-preview-apis = Verwendet Ihre App Vorschau-APIs?

# Deprecated APIs: APIs that Microsoft has announced it will retire.
identity-legacy-deprecated-apis = Verwendet Ihre App veraltete APIs?
