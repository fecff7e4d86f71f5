### Date formats.
### Reference locale (en-US).

# Long date, as in "February 9, 2022". $day (1-31), $month (1-12) and $year are numbers.
# The reader parses published dates with this same message, backwards.
date-long =
    { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $day }, { $year }

# Short numeric date, as in "07/29/2022" (month/day/year). $dd (day), $mm (month) and $yyyy (year) are zero-padded
# numbers ("07", "2022"). Used by azure-certification-approved (azure.ftl). The reader parses published dates with it, backwards.
date-short = { $mm }/{ $dd }/{ $yyyy }
