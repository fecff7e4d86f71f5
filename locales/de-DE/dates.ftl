### Date formats.
### German (Germany). Formal address (Sie).

# Long date, as in "9. Februar 2022". $day (1-31), $month (1-12) and $year are numbers.
# The reader parses published dates with this same message, backwards.
date-long =
    { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } { $year }

# Short numeric date, as in "29.07.2022" (day.month.year). $dd (day), $mm (month) and $yyyy (year) are zero-padded
# numbers ("07", "2022"). Used by azure-certification-approved (azure.ftl). The reader parses published dates with it, backwards.
date-short = { $dd }.{ $mm }.{ $yyyy }
