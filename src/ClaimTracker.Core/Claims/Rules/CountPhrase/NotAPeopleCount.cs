using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Not a count of people: a percentage, money, a year, a date, an ordinal, a model name ("Su-34"), a duration, an
/// age, a number under two, or part of a larger word; an ordinal ("the fifth"), a day beside its month ("June 5"), a
/// year ("in 2023"), a number before a unit or rate ("5 km", "3 per cent"), "No. 5", "US 30". Golden cases:
/// not_a_percentage, not_money, not_a_duration, not_an_age, not_a_single_person, not_weapons, not_an_ordinal,
/// not_a_date, not_a_year, not_counts_of_units, not_aged, second_age_is_not_a_count, at_least_one_is_a_count,
/// one_of_its_soldiers_is_a_count; names_and_days_are_no_counts ("France 24", "Channel 12", "between January 26 and 30",
/// "aged nine and 16": a capitalised name word before the number, counts.json namedByNumber; the second day of a
/// month's range; a second age after a number word).
/// </summary>
internal sealed class NotAPeopleCount : CountPhraseRule
{
    public static readonly NotAPeopleCount Rule = new();

    private static readonly WordSet Months = new(NumberContext.Months);
    private static readonly WordSet AgeWords = WordLists.Set("ageWords");
    private static readonly WordSet YearPrepositions = WordLists.Set("yearPrepositions");
    private static readonly WordSet NamedByNumber = WordLists.Set("namedByNumber");

    private NotAPeopleCount()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) =>
        !IsNotAPeopleCount(reader, phrase.Number, phrase.First, phrase.Last);

    private static bool IsNotAPeopleCount(PeopleCountReader reader, NumberMention number, int first, int last)
    {
        if (number.IsPercent || number.IsMoney || number.IsYearLike || number.IsDate || number.IsOrdinal || number.IsFraction
            || number.IsModelName || number.IsDuration || number.IsAge || RateDenominator.At(reader, first))
        {
            return true;
        }
        if (number.Kind != NumberKind.Vague && (number.Value ?? number.High ?? 0) < 2 && !IsOneInAside(reader, number, first, last) && !OneAmongCounts.At(reader, number, first, last)
            && !OneOfThem.At(reader, number, first, last) && !OneOfTheirOwn.At(reader, number, last)
            && !HedgedOne.At(reader, number, last) && !OneCounted.At(reader, number, first, last)
            && !OneClosingAList.At(reader, number, first, last) && !OneInARoundup.At(reader, number, last))
        {
            return true;
        }
        var text = reader.Text;
        var tokens = reader.Tokens;
        var start = number.Start;
        var end = number.End;
        // Part of a larger word: "1" of "1.5", "75" of "Type75".
        if (tokens[first].Start < start || tokens[last].End > end && tokens[last].Start < end && end < tokens[last].End)
        {
            return true;
        }
        var before = start > 0 ? text[start - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        if (before is '$' or '€' or '£' or '¥' or '#' || after is '%' || char.IsLetterOrDigit(after) || char.IsLetterOrDigit(before))
        {
            return true;
        }
        // "15:30 - North Korean soldiers": the minutes of a live page's clock time, no count (DashedRow).
        if (before == ':' && start > 1 && char.IsDigit(text[start - 2]))
        {
            return true;
        }
        // "Type-75", "Su-34", "17-year-old", "3-day".
        if (before == '-' && start > 1 && char.IsLetterOrDigit(text[start - 2]))
        {
            return true;
        }
        // "a 5,000-strong force" sizes a force (StrengthUnit), unlike "3-day".
        if (after == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]) && StrengthUnit.At(reader, last + 2, tokens.Count) < 0)
        {
            return true;
        }
        return IsOrdinalDateOrUnit(reader, number, first, last);
    }

    /// <summary>
    /// One person in an aside after a toll: "killed 12 people, including one child", "among them one woman" counts the
    /// child. Golden case: including_one_child.
    /// </summary>
    private static bool IsOneInAside(PeopleCountReader reader, NumberMention number, int first, int last) =>
        number.Value == 1 && (reader.Is(first - 1, "including") || (reader.Is(first - 1, "them") && reader.Is(first - 2, "among")))
        && reader.IsIn(last + 1, ClaimLexicon.SingularPeople);

    // "two women aged 58 and 71", "aged between 12 and 15": the second age of a pair is no count either
    // (golden case: second_age_is_not_a_count).
    private static bool SecondAge(PeopleCountReader reader, int conjunction) =>
        Paired(reader, conjunction) && reader.IsNumberToken(conjunction - 1)
        && reader.IsIn(conjunction - 2, AgeWords);

    // "between January 26 and 30", "from March 3 to 9": the second day of a month's range is no count; a smaller figure
    // after the day is ("16 dead on the evening of July 31 and 26 by early morning"). The month may be abbreviated
    // ("between Nov. 5 and 8", Unseen39 anews; golden case second_day_after_an_abbreviated_month).
    private static bool SecondDay(PeopleCountReader reader, int conjunction, double? value) =>
        value <= 31 && Paired(reader, conjunction) && int.TryParse(reader.Word(conjunction - 1), out var day) && value > day
        && MonthEndsAt(reader, reader.IsMark(conjunction - 2, '.') ? conjunction - 3 : conjunction - 2);

    private static bool MonthEndsAt(PeopleCountReader reader, int i) => reader.IsIn(i, Months) && char.IsUpper(reader.Word(i)[0]);

    private static bool Paired(PeopleCountReader reader, int conjunction) =>
        (reader.Is(conjunction, "and") || reader.Is(conjunction, "or") || reader.Is(conjunction, "to")) && conjunction >= 2 && reader.Tokens[conjunction - 1].IsWord;


    private static bool IsOrdinalDateOrUnit(PeopleCountReader reader, NumberMention number, int first, int last)
    {
        var tokens = reader.Tokens;
        var mentionText = number.Text;
        if (IsOrdinalWord(mentionText.Trim()) || mentionText.EndsWith("th", StringComparison.OrdinalIgnoreCase) && number.IsWords)
        {
            return true;
        }
        var prev = first - 1;
        if (prev >= 0 && tokens[prev].IsWord)
        {
            var p = reader.Word(prev);
            if (p.Equals("US", StringComparison.Ordinal) || p.Equals("USD", StringComparison.OrdinalIgnoreCase) || AgeWords.Contains(p) || p.Equals("No", StringComparison.Ordinal)
                || SecondAge(reader, prev) || SecondDay(reader, prev, number.Value) || (NamedByNumber.Contains(p) && char.IsUpper(p[0])))
            {
                return true;
            }
            if (Months.Contains(p) && char.IsUpper(p[0]) && (number.Value ?? 0) <= 31)
            {
                return true;
            }
        }
        var next = last + 1;
        if (next < tokens.Count && tokens[next].IsWord)
        {
            var n = reader.Word(next);
            if (ClaimLexicon.NotPeople.Contains(n) || Months.Contains(n) && char.IsUpper(n[0]) && (number.Value ?? 0) <= 31)
            {
                return true;
            }
            if (n.Equals("per", StringComparison.OrdinalIgnoreCase) || n.Equals("percent", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        // A four-digit year ("in 2023", "June 2024", "1999-2025").
        var digits = reader.Text.AsSpan(number.Start, number.End - number.Start);
        if (digits.Length == 4 && number.Value is >= 1900 and <= 2100 && !digits.Contains(','))
        {
            if (prev < 0 || !tokens[prev].IsWord || YearPrepositions.Contains(reader.Word(prev)) || Months.Contains(reader.Word(prev)))
            {
                return true;
            }
        }
        return false;
    }

    // "first" .. "twelfth", "hundredth": the number vocabulary's ordinals (one list of them, in NumberWord).
    private static bool IsOrdinalWord(ReadOnlySpan<char> w) => NumberWord.TryGet(w, out var word) && word.Class == WordClass.Ordinal && !word.Plural;
}
