namespace ClaimTracker.Core.Claims;

/// <summary>What a word can be at the start of a time expression: the first word of a date, a period or a relative
/// time, a preposition that leads one, or "this", "last", "next".</summary>
[Flags]
internal enum TimeWord : byte
{
    None = 0,
    DateFirst = 1,
    PeriodFirst = 2,
    RelativeFirst = 4,
    Preposition = 8,
    Deictic = 16,
    /// <summary>"earlier", "later": they start an expression only before "this", "in", "today" or "tonight".</summary>
    Comparative = 32,
    /// <summary>A preposition a day number can follow in a date ("on 12 May").</summary>
    DayPreposition = 64,
    /// <summary>A preposition a year can follow in a period ("in 2024").</summary>
    YearPreposition = 128,
}
