### Date formats.
### French (France). Typography: non-breaking space (U+00A0) before ? : ; !

# Long date, as in "9 février 2022"; the first day of a month is written "1er" ("1er juillet 2022").
# $day (1-31), $month (1-12) and $year are numbers. The reader parses published dates with this same message, backwards.
date-long =
    { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }

# Short numeric date, as in "29/07/2022" (day/month/year). $dd (day), $mm (month) and $yyyy (year) are zero-padded
# numbers ("07", "2022"). Used by azure-certification-approved (azure.ftl). The reader parses published dates with it, backwards.
date-short = { $dd }/{ $mm }/{ $yyyy }
