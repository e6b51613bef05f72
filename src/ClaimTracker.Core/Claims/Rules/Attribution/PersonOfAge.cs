using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Khaled Nasser, 52, said he had been asleep", "Ayman Shurrab, 47, said", "Rania Haddad, 34, a nurse, told": a
/// private person introduced by a name and an age in commas, with or without a trade after it, right before the verb.
/// The age's comma stopped the walk back from the verb, so the sentence had no speaker and the body that spoke before
/// (the army, the civil defence) was carried over to the survivor's own story and to the "he said" after it. The
/// person is the speaker: a name the registry does not know, so the figures are nobody's, and "he" or "she" in the
/// sentences after continues them (<see cref="PersonalPronounSpeaker"/>). Unseen49 nyt-shajaiye-strike-civil-defense-missing.
/// Golden cases: a_survivor_of_an_age_speaks_for_himself; control an_official_of_an_age_keeps_his_body.
/// </summary>
internal sealed class PersonOfAge : AttributionFrame
{
    public static readonly PersonOfAge Frame = new();

    // An age: a number a person can be, written in digits.
    private const int MaxAge = 110;
    private const int MaxNameWords = 3;

    private PersonOfAge()
    {
    }

    public override bool Read(string text, List<Token> tokens, int cue, IReadOnlyList<SourceMention> mentions, List<Attributor> into)
    {
        var age = AgeBefore(text, tokens, cue);
        var first = age > 1 ? NameBefore(text, tokens, age - 1) : -1;
        // "Mahmoud Basal, 45, a spokesman for the service, said": an official's title speaks for a body; the frames after read him.
        if (first < 0 || PersonBeforeDescription.NamesABody(mentions, tokens[first].Start, tokens[cue - 1].End) || HasTitle(text, tokens, age + 1, cue - 1))
        {
            return false;
        }
        AttributionFinder.Add(text, tokens, first, age - 2, AttributorCue.Verb, tokens[cue].Start, mentions, into);
        return true;
    }

    private static readonly WordSet Titles = WordLists.Set("appositionTitles");

    private static bool HasTitle(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].IsWord && Titles.Contains(AttributionFinder.Word(text, tokens[k])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The index of the age in "NAME, 52, said" or "NAME, 52, a nurse, said" before the verb at <paramref name="cue"/>,
    /// or -1: a comma before the verb, an age between commas right there or one description back.
    /// </summary>
    internal static int AgeBefore(string text, List<Token> tokens, int cue)
    {
        if (cue < 4 || !IsComma(text, tokens[cue - 1]))
        {
            return -1;
        }
        if (IsAge(text, tokens, cue - 2) && IsComma(text, tokens[cue - 3]))
        {
            return cue - 2;
        }
        var opening = PersonBeforeDescription.DescriptionBefore(text, tokens, cue);
        return opening >= 3 && IsAge(text, tokens, opening - 1) && IsComma(text, tokens[opening - 2]) ? opening - 1 : -1;
    }

    // Two or three capitalised words ending before the comma at <paramref name="comma"/>, at a clause's start: the first's index, or -1.
    private static int NameBefore(string text, List<Token> tokens, int comma)
    {
        var first = comma;
        while (first - 1 >= 0 && tokens[first - 1].IsWord && char.IsUpper(text[tokens[first - 1].Start]) && comma - first < MaxNameWords)
        {
            first--;
        }
        var words = comma - first;
        return words >= 2 && (first == 0 || !tokens[first - 1].IsWord) && !Nationality.Names(AttributionFinder.Word(text, tokens[first])) ? first : -1;
    }

    private static bool IsAge(string text, List<Token> tokens, int k) =>
        k >= 0 && tokens[k].IsWord && !tokens[k].Joined && int.TryParse(AttributionFinder.Word(text, tokens[k]), out var age) && age is > 0 and <= MaxAge;

    private static bool IsComma(string text, Token t) => !t.IsWord && text[t.Start] == ',';
}
