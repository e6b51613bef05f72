using System.Text.RegularExpressions;
using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Three people were killed in the Donetsk region and eight others were injured. One person was injured in Kharkiv.",
/// "At least 11 were killed in one district. One person was killed in another district.": a day's roundup goes place by
/// place, and the place that had a single casualty gets a sentence of its own. Such a "one" is one more entry of the
/// roundup, not a story about a person (a lone "one soldier was killed" still is: golden case not_a_single_person).
/// Required: "One" opens the sentence, a singular people noun, "was"/"were" and a casualty word, then "in" and a
/// capitalised place (not "in a separate incident": golden case one_beside_other_counts);
/// and the same paragraph, just before, counts casualties of two or more in a place. The golds annotate these rows
/// (optional; Unseen33 kyivindependent-kyiv-darnytskyi, Unseen69 novayagazeta-live). Golden cases in <c>OneInARoundupTests</c>.
/// </summary>
internal static partial class OneInARoundup
{
    private const int Reach = 300;

    // A count of two or more, a casualty word, then "in" and a capitalised place: the roundup's entry before.
    // Case-blind only for the words: the place after "in" must really be capitalised.
    [GeneratedRegex(@"(?i:\b(?:[2-9]|[1-9]\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b[^.\n]{0,60}?\b(?:killed|injured|wounded|hurt)\b(?: and [^.\n]{0,40}?)? in (?:the )?)\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex PlacedCountBefore();

    // "in Kharkiv", "in the Shevchenkivskyi district": a capitalised place, not "in a separate incident".
    private static bool IsPlace(PeopleCountReader reader, int i) =>
        i < reader.Tokens.Count && reader.Tokens[i].IsWord && char.IsUpper(reader.Word(i)[0]);

    public static bool At(PeopleCountReader reader, NumberMention number, int last)
    {
        var text = reader.Text;
        var opens = reader.Sentence.Start;
        if (number.Value != 1 || !text.AsSpan(opens, Math.Max(0, number.Start - opens)).IsWhiteSpace()
            || !text.AsSpan(number.Start).StartsWith("One ", StringComparison.Ordinal)
            || !reader.IsIn(last + 1, ClaimLexicon.SingularPeople) || !(reader.Is(last + 2, "was") || reader.Is(last + 2, "were"))
            || !(last + 3 < reader.Tokens.Count && reader.Tokens[last + 3].IsWord && PeopleWords.IsCasualtyWord(reader.Word(last + 3)))
            || !reader.Is(last + 4, "in") || !IsPlace(reader, reader.Is(last + 5, "the") ? last + 6 : last + 5))
        {
            return false;
        }
        var from = Math.Max(0, opens - Reach);
        var paragraph = text.LastIndexOf('\n', Math.Max(0, opens - 1), Math.Max(0, opens - from));
        var start = paragraph < 0 ? from : paragraph + 1;
        return start < opens && PlacedCountBefore().Match(text, start, opens - start).Success;
    }
}
