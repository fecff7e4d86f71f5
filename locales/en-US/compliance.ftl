### "Compliance" tab (zone pivot "compliance"), in page order.
### Reference locale (en-US).

# Names of laws, standards and programs stay in English; the published source read "Accounting Act", the law is the "Accountability Act".
compliance-hipaa = Does the app comply with the Health Insurance Portability and Accountability Act (HIPAA)?

compliance-hitrust = Does the app comply with the Health Information Trust Alliance Common Security Framework (HITRUST CSF)?

compliance-soc1 = Does the app comply with Service Organization Controls (SOC 1)?

# Row label; the answer is a date.
compliance-soc1-date = Most recent SOC 1 certification date

compliance-soc2 = Does the app comply with Service Organization Controls (SOC 2)?

# The answer is an enum-soc2-* value (Type 1 or Type 2).
compliance-soc2-type = Which SOC 2 certification did you achieve?

# Row label; the answer is a date.
compliance-soc2-date = Most recent SOC 2 certification date

compliance-soc3 = Does the app comply with Service Organization Controls (SOC 3)?

# Row label; the answer is a date.
compliance-soc3-date = Most recent SOC 3 certification date

compliance-pci-dss = Do you carry out annual PCI DSS assessments against the app and its supporting environment?

compliance-iso-27001 = Is the app International Organization for Standardization (ISO 27001) certified?

compliance-iso-27018 = Does the app comply with International Organization for Standardization (ISO 27018)?

compliance-iso-27017 = Does the app comply with International Organization for Standardization (ISO 27017)?

compliance-iso-27002 = Does the app comply with International Organization for Standardization (ISO 27002)?

compliance-fedramp = Is the app Federal Risk and Authorization Management Program (FedRAMP) compliant?

compliance-ferpa = Does the app comply with the Family Educational Rights and Privacy Act (FERPA)?

compliance-coppa = Does the app comply with the Children’s Online Privacy Protection Act (COPPA)?

compliance-sox = Does the app comply with the Sarbanes-Oxley Act (SOX)?

compliance-nist-800-171 = Does the app comply with NIST 800-171?

compliance-csa-star = Has the app been Cloud Security Alliance (CSA STAR) certified?
