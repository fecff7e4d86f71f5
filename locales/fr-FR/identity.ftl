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

# One-line note (block quote) shown instead of the Graph permission table.
note-no-graph = Cette application n’utilise pas Microsoft Graph.

# One-line note (block quote) at the end of the identity tab.
note-no-additional-apis = Cette application n’utilise aucune API supplémentaire.
