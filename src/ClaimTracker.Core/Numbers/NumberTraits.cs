namespace ClaimTracker.Core.Numbers;

/// <summary>
/// What the words around a number say it is, so that the claim extractor can tell people counts from
/// years, dates, money, percentages, ages, durations, fractions and model names. Several may be set.
/// </summary>
[Flags]
public enum NumberTraits
{
    None = 0,
    /// <summary>"20%", "20 percent", "20 per cent".</summary>
    Percent = 1 << 0,
    /// <summary>"$20", "£1.5m", "US$ 1MM", "300 dollars".</summary>
    Money = 1 << 1,
    /// <summary>A four-digit whole number 1000–2199 written without separators ("in 2024").</summary>
    YearLike = 1 << 2,
    /// <summary>Next to a month name ("March 5", "5 March") or in a d/m/y or y-m-d chain ("5/17/2018").</summary>
    Date = 1 << 3,
    /// <summary>A clock time ("10:30", "7 pm").</summary>
    Time = 1 << 4,
    /// <summary>Followed by a unit of time ("3 min read", "two years", "a 3-day truce").</summary>
    Duration = 1 << 5,
    /// <summary>An age ("aged 25", "a 10-year-old", "25 years old").</summary>
    Age = 1 << 6,
    /// <summary>An ordinal; only reported inside a range or comparison ("between the tenth and the fifteenth").</summary>
    Ordinal = 1 << 7,
    /// <summary>A fraction or ratio ("two thirds", "half", "3/4", "one in five").</summary>
    Fraction = 1 << 8,
    /// <summary>Part of a name such as "Type-75", "MiG-29", "COVID-19", "SCP-173".</summary>
    ModelName = 1 << 9,
    /// <summary>Followed by a unit of measure ("29 km", "5 tonnes").</summary>
    Measure = 1 << 10,
}
