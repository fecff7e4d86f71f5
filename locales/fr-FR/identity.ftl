### "Identity" tab (zone pivot "zerotrust"), in page order: questions, Microsoft Graph permission table, notes.
### French (France). Typography: non-breaking space (U+00A0) before ? : ; !

# Product names: "Azure AD" stays as is; the Microsoft identity platform is "plateforme d’identités Microsoft" in Microsoft’s French documentation and "Microsoft Identity Platform" in its German documentation.
identity-azure-ad = Votre application s’intègre-t-elle à la plateforme d’identités Microsoft (Azure AD) pour l’authentification unique, l’accès aux API, etc. ?

identity-best-practices = Avez-vous examiné et appliqué toutes les bonnes pratiques applicables décrites dans la liste de contrôle d’intégration de la plateforme d’identités Microsoft ?

identity-msal = Votre application utilise-t-elle la dernière version de MSAL (bibliothèque d’authentification Microsoft) ou de Microsoft Identity Web pour l’authentification ?

# The answer is free text written by the publisher.
identity-auth-library = Si votre application n’utilise aucune des bibliothèques ci-dessus, quelles bibliothèques d’authentification utilise-t-elle ?

# Conditional Access is an Azure AD feature: "stratégies d’accès conditionnel", "Richtlinien für bedingten Zugriff".
identity-conditional-access = Votre application prend-elle en charge les stratégies d’accès conditionnel ?

# Follows the Conditional Access question (Conditional Access policy types); an instruction, not a question. The answer is free text.
identity-policy-types = Indiquez les types de stratégies pris en charge

# Shown only on pages of some waves.
identity-least-privilege = Votre application demande-t-elle uniquement les autorisations minimales nécessaires à votre scénario ?

# The published source had no question mark.
identity-cae = Votre application prend-elle en charge l’évaluation continue de l’accès (CAE) ?

identity-credentials-in-code = Votre application stocke-t-elle des informations d’identification dans le code ?

identity-additional-apis = Les applications et compléments pour Microsoft 365 peuvent utiliser d’autres API Microsoft en dehors de Microsoft Graph. Votre application ou votre complément utilise-t-il d’autres API Microsoft ?

# H4 heading above the Microsoft Graph permission table, in the identity (zerotrust) tab.
heading-graph = Accès aux données à l’aide de Microsoft Graph

# Header cell of the Microsoft Graph permission table; the cells below are permission names such as User.Read.All.
graph-permission = Autorisation Graph

# Header cell; the cells below are enum-permission-* values (Delegated, Application).
graph-permission-type = Type d’autorisation

# Header cell; the cells below are free text written by the publisher.
graph-justification = Justification

# Header cell; the cells below are Azure AD application IDs linked to their page.
graph-app-id = ID d’application Azure AD

# Header cell of the last column of the permission table of older pages (data tab; see data-graph-permission in data.ftl).
# The cells below are bare Azure AD application IDs, not links. Published with the same words as graph-app-id: keep this
# message after graph-app-id, so that a tie between their published wordings outside the data tab goes to graph-app-id.
data-graph-app-id = ID de l’application Azure AD

# One-line note (block quote) shown instead of the Graph permission table.
note-no-graph = Cette application n’utilise pas Microsoft Graph.

# One-line note (block quote) at the end of the identity tab.
note-no-additional-apis = Cette application n’utilise aucune API supplémentaire.

# Older pages (zone_pivot_groups app-info-data-mcas-identity, app-info-data-identity): the "identity" tab, in page order.
# Its question table also holds identity-best-practices, identity-conditional-access, identity-policy-types and
# identity-least-privilege (above), which ask the same questions as on current pages.

# H3 heading of the "identity" tab of older pages.
heading-identity-information = Informations relatives à l’identité

# Sentence under the identity heading. $publisher is the publisher (partner company) name, never translated.
intro-identity = Ces informations, fournies par { $publisher }, décrivent comment cette application gère l’authentification, l’autorisation, les bonnes pratiques d’inscription des applications et d’autres critères d’identité.

# First question of the older identity table (a broader question than identity-azure-ad).
identity-legacy-integration = Intégrez-vous la plateforme d’identités Microsoft (Azure AD) ?

# Older form of identity-msal (any version of MSAL; Microsoft Identity Web is not mentioned).
identity-legacy-msal = Votre application utilise-t-elle MSAL (bibliothèque d’authentification Microsoft) pour l’authentification ?

# Follows identity-least-privilege.
identity-legacy-static-permissions = Les autorisations inscrites de manière statique pour votre application reflètent-elles exactement les autorisations qu’elle demande de manière dynamique et incrémentielle ?

# Multi-tenancy: one app registration serving several Azure AD tenants (fr "mutualisation", de "Mehrinstanzenfähigkeit").
identity-legacy-multitenancy = Votre application prend-elle en charge la mutualisation ?

# A confidential client is an app that can keep a secret (OAuth 2.0).
identity-legacy-confidential-client = Votre application a-t-elle un client confidentiel ?

# Redirect URIs registered for the app in Azure AD.
identity-legacy-redirect-uris = Êtes-vous propriétaire de tous les URI (Uniform Resource Identifier) de redirection inscrits pour votre application ?

# The answer is free text: a list of practices (wildcard redirect URIs, OAuth2 implicit flow, ROPC flow) written by the publisher.
identity-legacy-avoid = Qu’évitez-vous d’utiliser dans votre application ?

# Web APIs that the app exposes to other apps.
identity-legacy-web-apis = Votre application expose-t-elle des API web ?

# Follows identity-legacy-web-apis: the permission model of the exposed web APIs.
identity-legacy-consent = Votre modèle d’autorisation ne permet-il la réussite des appels que si l’application cliente a reçu le consentement approprié ?

# Preview APIs: Microsoft APIs not yet generally available (fr "préversion", de "Vorschau").
identity-legacy-preview-apis = Votre application utilise-t-elle des API en préversion ?

# Deprecated APIs: APIs that Microsoft has announced it will retire.
identity-legacy-deprecated-apis = Votre application utilise-t-elle des API dépréciées ?
