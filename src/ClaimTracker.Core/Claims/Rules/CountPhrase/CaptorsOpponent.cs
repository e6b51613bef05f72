namespace ClaimTracker.Core.Claims;

/// <summary>
/// People a country holds, detains or deports are its opponent's, not its own: "Russia had deported or forcibly
/// transferred at least 19,500 children", "the arbitrary detention of 31 civilians by Russian forces …, 12 of whom were
/// later released", "some 10,000 are believed to be held by Russia". The captor is a country or nationality right
/// before a captor word (over auxiliaries and adverbs) or after "by" shortly after one (counts.json <c>captorWords</c>);
/// the count, of civilians or people (not soldiers: "two North Korean soldiers captured by Ukrainian forces" are
/// Pyongyang's), takes the captor's opponent (<see cref="SpeakersSide.Opponent"/>) when the article names that opponent,
/// in place of no nationality or of the captor's own. Golden cases: captors_opponent_is_the_held_people.
/// </summary>
internal sealed class CaptorsOpponent : CountPhraseRule
{
    public static readonly CaptorsOpponent Rule = new();

    // How far a captor word may stand before "by" ("detention of 31 civilians by Russian forces"), and how many
    // auxiliaries or adverbs between a captor and its verb ("Russia has reportedly deported").
    private const int WordsBeforeBy = 6;
    private const int WordsBeforeVerb = 3;

    private static readonly WordSet CaptorWords = WordLists.Set("captorWords");
    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");
    private static readonly WordSet Determiners = WordLists.Set("determiners");
    private static readonly WordSet CaptorBodies = WordLists.Set("captorBodies");

    private CaptorsOpponent()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Military || draft.Metric is Metric.Killed or Metric.Wounded or Metric.KilledOrWounded or Metric.Deployed or Metric.Evacuated
            || draft.Nationalities.Count > 1 || Captor(reader, phrase.Right) is not { } captor
            || (draft.Nationalities.Count == 1 && draft.Nationalities[0] != captor.Adjective)
            || SpeakersSide.Opponent(captor) is not { } opponent || !Names(reader.Text, opponent))
        {
            return true;
        }
        draft.Nationalities = [opponent.Adjective];
        return true;
    }

    // The captor named in the sentence up to the end of the count's clause, if any.
    private static Nationality? Captor(PeopleCountReader reader, int right)
    {
        var tokens = reader.Tokens;
        for (var i = 0; i < Math.Min(right, tokens.Count); i++)
        {
            if (Nationality.At(reader.Text, tokens, i) is not { } named)
            {
                continue;
            }
            if (CaptorWordAfter(reader, i + named.Tokens) || ByAfterCaptorWord(reader, i))
            {
                return named.Nationality;
            }
            i += named.Tokens - 1;
        }
        return null;
    }

    // "Russia had deported", "Russian forces detained": a captor word right after the name (or after "forces").
    private static bool CaptorWordAfter(PeopleCountReader reader, int next)
    {
        for (var seen = 0; next < reader.Tokens.Count && seen <= WordsBeforeVerb; next++)
        {
            if (!reader.Tokens[next].IsWord)
            {
                return false;
            }
            var word = reader.Word(next);
            if (CaptorWords.Contains(word))
            {
                return true;
            }
            if (!Auxiliaries.Contains(word) && !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !CaptorBodies.Contains(word))
            {
                return false;
            }
            seen++;
        }
        return false;
    }

    // "the detention of 31 civilians by Russian forces", "held by Russia": "by" (and a determiner) before the name, a
    // captor word a few words before "by".
    private static bool ByAfterCaptorWord(PeopleCountReader reader, int name)
    {
        var by = name - 1;
        if (reader.IsIn(by, Determiners))
        {
            by--;
        }
        if (!reader.Is(by, "by"))
        {
            return false;
        }
        for (var k = by - 1; k >= 0 && by - k <= WordsBeforeBy; k--)
        {
            if (reader.IsIn(k, CaptorWords))
            {
                return true;
            }
        }
        return false;
    }

    // Whether the article names the opponent anywhere ("Israeli forces detained 30 people in the West Bank" names no Lebanon).
    private static bool Names(string text, Nationality opponent) => Nationality.IsNamedIn(text, opponent.Country);
}
