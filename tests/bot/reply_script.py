"""The conversation both adapters' approved-answer tests play: a question the policy does not
answer, the coordinator's answer in two messages (the second ends with a friendly line that she
leaves out when she reviews it), and the same question reworded, in Swedish and in English."""

QUESTION = "Hur bokar jag en resa till en partnerkommun?"
FIRST = "Resor bokas via kommunens resebyrå; ange projektkoden för det internationella projektet."
SECOND = "Din chef ska godkänna resan innan du bokar. Hör av dig om något är oklart!"
EDITED_SECOND = "Din chef ska godkänna resan innan du bokar."
REWORDED_SV = "Hur gör jag för att boka en resa till en partnerkommun?"
REWORDED_EN = "How do I book a trip to one of our partner towns?"
LEAD_SV = "Besvarat av den internationella samordnaren den 3 mars 2025:"
LEAD_EN = "Answered by the international coordinator on 3 March 2025 (quoted in Swedish):"
