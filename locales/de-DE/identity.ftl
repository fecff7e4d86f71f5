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

# One-line note (block quote) shown instead of the Graph permission table.
note-no-graph = Diese App verwendet Microsoft Graph nicht.

# One-line note (block quote) at the end of the identity tab.
note-no-additional-apis = Diese App verwendet keine zusätzlichen APIs.
