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
