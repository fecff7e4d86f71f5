### "Identity" tab (zone pivot "zerotrust"), in page order: questions, Microsoft Graph permission table, notes.
### Reference locale (en-US).

# Product names: "Azure AD" stays as is; the Microsoft identity platform is "plateforme d’identités Microsoft" in Microsoft’s French documentation and "Microsoft Identity Platform" in its German documentation.
identity-azure-ad = Does your app integrate with Microsoft identity platform (Azure AD) for single sign-on, API access, etc.?

identity-best-practices = Have you reviewed and complied with all applicable best practices outlined in the Microsoft identity platform integration checklist?

identity-msal = Does your app use the latest version of MSAL (Microsoft Authentication Library) or Microsoft Identity Web for authentication?

# The answer is free text written by the publisher.
identity-auth-library = If your app does not use one of the above libraries, what authentication libraries does it use?

# Conditional Access is an Azure AD feature: "stratégies d’accès conditionnel", "Richtlinien für bedingten Zugriff".
identity-conditional-access = Does your app support Conditional Access policies?

# Follows the Conditional Access question (Conditional Access policy types); an instruction, not a question. The answer is free text.
identity-policy-types = List the supported policy types

# Shown only on pages of some waves.
identity-least-privilege = Does your app request least privilege permissions for your scenario?

# The published source had no question mark.
identity-cae = Does your app support Continuous Access Evaluation (CAE)?

identity-credentials-in-code = Does your app store credentials in code?

identity-additional-apis = Apps and add-ins for Microsoft 365 may use additional Microsoft APIs outside of Microsoft Graph. Does your app or add-in use additional Microsoft APIs?

# H4 heading above the Microsoft Graph permission table, in the identity (zerotrust) tab.
heading-graph = Data access using Microsoft Graph

# Header cell of the Microsoft Graph permission table; the cells below are permission names such as User.Read.All.
graph-permission = Graph permission

# Header cell; the cells below are enum-permission-* values (Delegated, Application).
graph-permission-type = Permission type

# Header cell; the cells below are free text written by the publisher.
graph-justification = Justification

# Header cell; the cells below are Azure AD application IDs linked to their page.
graph-app-id = Azure AD app ID

# Header cell of the last column of the permission table of older pages (data tab; see data-graph-permission in data.ftl).
# The cells below are bare Azure AD application IDs, not links. Published with the same words as graph-app-id: keep this
# message after graph-app-id, so that a tie between their published wordings outside the data tab goes to graph-app-id.
data-graph-app-id = Azure AD application ID

# One-line note (block quote) shown instead of the Graph permission table.
note-no-graph = This app does not use Microsoft Graph.

# One-line note (block quote) at the end of the identity tab.
note-no-additional-apis = This app has no additional APIs.

# Older pages (zone_pivot_groups app-info-data-mcas-identity, app-info-data-identity): the "identity" tab, in page order.
# Its question table also holds identity-best-practices, identity-conditional-access, identity-policy-types and
# identity-least-privilege (above), which ask the same questions as on current pages.

# H3 heading of the "identity" tab of older pages.
heading-identity-information = Identity information

# Sentence under the identity heading. $publisher is the publisher (partner company) name, never translated.
intro-identity = This information has been provided by { $publisher } about how this app handles authentication, authorization, application registration best practices, and other identity criteria.

# First question of the older identity table (a broader question than identity-azure-ad).
identity-legacy-integration = Do you integrate with Microsoft identity platform (Azure AD)?

# Older form of identity-msal (any version of MSAL; Microsoft Identity Web is not mentioned).
identity-legacy-msal = Does your app use MSAL (Microsoft Authentication Library) for authentication?

# Follows identity-least-privilege.
identity-legacy-static-permissions = Do your app’s statically registered permissions accurately reflect the permissions your app will request dynamically and incrementally?

# Multi-tenancy: one app registration serving several Azure AD tenants (fr "mutualisation", de "Mehrinstanzenfähigkeit").
identity-legacy-multitenancy = Does your app support multi-tenancy?

# A confidential client is an app that can keep a secret (OAuth 2.0).
identity-legacy-confidential-client = Does your app have a confidential client?

# Redirect URIs registered for the app in Azure AD.
identity-legacy-redirect-uris = Do you own all redirect Uniform Resource Identifiers (URIs) registered for your app?

# The answer is free text: a list of practices (wildcard redirect URIs, OAuth2 implicit flow, ROPC flow) written by the publisher.
identity-legacy-avoid = For your app, what do you avoid using?

# Web APIs that the app exposes to other apps.
identity-legacy-web-apis = Does your app expose any web APIs?

# Follows identity-legacy-web-apis: the permission model of the exposed web APIs.
identity-legacy-consent = Does your permission model only allow calls to succeed if the client app has received appropriate consent?

# Preview APIs: Microsoft APIs not yet generally available (fr "préversion", de "Vorschau").
identity-legacy-preview-apis = Does your app use preview APIs?

# Deprecated APIs: APIs that Microsoft has announced it will retire.
identity-legacy-deprecated-apis = Does your app use deprecated APIs?
