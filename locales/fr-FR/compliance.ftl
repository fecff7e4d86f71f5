### "Compliance" tab (zone pivot "compliance"), in page order.
### French (France). Typography: non-breaking space (U+00A0) before ? : ; !

# Names of laws, standards and programs stay in English; the published source read "Accounting Act", the law is the "Accountability Act".
compliance-hipaa = L’application est-elle conforme à la loi HIPAA (Health Insurance Portability and Accountability Act) ?

compliance-hitrust = L’application est-elle conforme au HITRUST CSF (Health Information Trust Alliance Common Security Framework) ?

compliance-soc1 = L’application est-elle conforme aux exigences SOC 1 (Service Organization Controls) ?

# Row label; the answer is a date.
compliance-soc1-date = Date de la dernière certification SOC 1

compliance-soc2 = L’application est-elle conforme aux exigences SOC 2 (Service Organization Controls) ?

# The answer is an enum-soc2-* value (Type 1 or Type 2).
compliance-soc2-type = Quel type de certification SOC 2 avez-vous obtenu ?

# Row label; the answer is a date.
compliance-soc2-date = Date de la dernière certification SOC 2

compliance-soc3 = L’application est-elle conforme aux exigences SOC 3 (Service Organization Controls) ?

# Row label; the answer is a date.
compliance-soc3-date = Date de la dernière certification SOC 3

compliance-pci-dss = Effectuez-vous chaque année des évaluations PCI DSS de l’application et de l’environnement qui la prend en charge ?

compliance-iso-27001 = L’application est-elle certifiée ISO 27001 (Organisation internationale de normalisation) ?

compliance-iso-27018 = L’application est-elle conforme à la norme ISO 27018 (Organisation internationale de normalisation) ?

compliance-iso-27017 = L’application est-elle conforme à la norme ISO 27017 (Organisation internationale de normalisation) ?

compliance-iso-27002 = L’application est-elle conforme à la norme ISO 27002 (Organisation internationale de normalisation) ?

compliance-fedramp = L’application est-elle conforme au programme FedRAMP (Federal Risk and Authorization Management Program) ?

compliance-ferpa = L’application est-elle conforme à la loi FERPA (Family Educational Rights and Privacy Act) ?

compliance-coppa = L’application est-elle conforme à la loi COPPA (Children’s Online Privacy Protection Act) ?

compliance-sox = L’application est-elle conforme à la loi Sarbanes-Oxley (SOX) ?

compliance-nist-800-171 = L’application est-elle conforme à la norme NIST 800-171 ?

compliance-csa-star = L’application a-t-elle obtenu la certification CSA STAR (Cloud Security Alliance) ?
