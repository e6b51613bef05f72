namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Kim received 18 flag-draped coffins flown back from Russia", "welcomed 22 flag-draped caskets of North Korean
/// troops": coffins received at a repatriation ceremony are the dead they hold. The noun search stopped at the describing
/// word ("flag-draped") and a coffin names no people, so the count was dropped; "the coffins of 20 soldiers", with the
/// count after "of", is <see cref="NounOfCount"/>'s. A receiving verb (counts.json coffinReceivingVerbs) right before the
/// count and its hedge, at most a few describing words, then a coffin noun (coffinNouns) and "of": the people named
/// after "of" are the count's noun ("caskets of North Korean troops") and the metric is killed whatever else the clause
/// says. Coffins with no people named ("18 flag-draped coffins flown back from Russia", Unseen45
/// kbs-world-kim-hero-ceremony-war-dead, Unseen60, Unseen55) are killed too, with the coffin word as the noun and marked
/// as remains: whose dead they hold, the story's soldiers say once every count has its people (<see cref="CoffinsOfTheArmy"/>).
/// Golden cases: received_coffins_are_the_dead (with a control "received 30 tents"), coffins_flown_home_are_the_armys_dead.
/// </summary>
internal sealed class ReceivedCoffins : CountPhraseRule
{
    public static readonly ReceivedCoffins Rule = new();

    private static readonly WordSet ReceivingVerbs = WordLists.Set("coffinReceivingVerbs");
    private static readonly WordSet Coffins = WordLists.Set("coffinNouns");
    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    // Tokens between the count and the coffins: "flag-draped" may come as one token or as three.
    private const int DescribingReach = 4;

    // Words between "of" and the people noun: "of the fallen North Korean soldiers".
    private const int OfReach = 5;

    private ReceivedCoffins()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Noun >= 0 || !reader.IsIn(phrase.TokenBefore, ReceivingVerbs) || CoffinAfter(reader, phrase) is not (var coffin and >= 0))
        {
            return true;
        }
        if (reader.Is(coffin + 1, "of"))
        {
            if (PeopleOf(reader, phrase, coffin) is { } people)
            {
                phrase.NamedMetric = Metric.Killed;
                phrase.Noun = people;
                phrase.AfterCount = people + 1;
            }
            return true;
        }
        // "22 flag-draped coffins flown back from Russia": no people named; the coffin is the count's noun and the
        // article's population fills in whose dead they are (CoffinsOfTheArmy).
        phrase.NamedMetric = Metric.Killed;
        phrase.Noun = coffin;
        phrase.AfterCount = coffin + 1;
        draft.Remains = true;
        return true;
    }

    private static int CoffinAfter(PeopleCountReader reader, CountPhrase phrase)
    {
        for (var k = phrase.TokenAfter; k < phrase.NextBound && k <= phrase.TokenAfter + DescribingReach; k++)
        {
            if (reader.IsIn(k, Coffins))
            {
                return k;
            }
            if (!(reader.IsMark(k, '-') || (reader.Tokens[k].IsWord && Describes(reader.Word(k)))))
            {
                return -1;
            }
        }
        return -1;
    }

    // A lower-case word of letters and hyphens, no people noun ("flag-draped", "draped", "wooden", "flag").
    private static bool Describes(ReadOnlySpan<char> w) =>
        char.IsLower(w[0]) && !PeopleWords.IsPeopleNoun(w) && w.IndexOfAnyExcept(LowerLetters) < 0
        && !w.Equals("and", StringComparison.Ordinal) && !w.Equals("of", StringComparison.Ordinal);

    private static int? PeopleOf(PeopleCountReader reader, CountPhrase phrase, int coffin)
    {
        for (var k = coffin + 2; k < phrase.NextBound && k <= coffin + 1 + OfReach && reader.Tokens[k].IsWord; k++)
        {
            if (Nationality.At(reader.Text, reader.Tokens, k) is { } n)
            {
                if (!phrase.Nationalities.Contains(n.Nationality.Adjective))
                {
                    phrase.Nationalities.Add(n.Nationality.Adjective);
                }
                k += n.Tokens - 1;
                continue;
            }
            if (PeopleWords.IsPeopleNoun(reader.Word(k)))
            {
                return k;
            }
            if (!ClaimLexicon.NounModifiers.Contains(reader.Word(k)))
            {
                return null;
            }
        }
        return null;
    }
}
