namespace ClaimTracker.Core.Claims;

/// <summary>
/// A state speaking of its own people: "Israel said three of its soldiers were killed", "Pakistan said seven of its
/// civilians were killed", "Russia's defence ministry said 40 of its servicemen …": a count of "its" or "their" people
/// right after a reporting verb whose speaker is named by a country or nationality counts that country's people. Only
/// right after the verb (a hedge or "that" between), so "Israel said Hamas had killed 30 of its fighters" is left alone.
/// Golden cases: its_soldiers_are_the_speaking_states, group_said_of_their_fighters.
/// </summary>
internal sealed class SpeakersOwnPeople : CountPhraseRule
{
    public static readonly SpeakersOwnPeople Rule = new();

    private const int SpeakerWords = 5;
    private static readonly WordSet Owners = WordLists.Set("ownersPossessives");
    private static readonly WordSet StateBodies = WordLists.Set("stateBodies");

    private SpeakersOwnPeople()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Nationalities.Count > 0 || phrase.Noun <= phrase.Last || !OwnersBefore(reader, phrase.TokenAfter, phrase.Noun))
        {
            return true;
        }
        var verb = phrase.TokenBefore;
        if (reader.Is(verb, "that"))
        {
            verb--;
        }
        if (verb < 1 || !reader.IsIn(verb, ClaimLexicon.ReportingVerbs))
        {
            return true;
        }
        if (Speaker(reader, verb) is { } speaker)
        {
            draft.Nationalities = [speaker];
        }
        return true;
    }

    // "Israel said" (the country itself, right before the verb), or "Russia's defence ministry said", "the Sudanese army
    // said" (a body of the state, its last word a state body's); "Yemen's Houthis said" is a group, not the state.
    private static string? Speaker(PeopleCountReader reader, int verb)
    {
        for (var c = Math.Max(0, verb - SpeakerWords); c < verb; c++)
        {
            if (Nationality.At(reader.Text, reader.Tokens, c) is not { } named)
            {
                continue;
            }
            var end = c + named.Tokens;
            var country = end == verb && !reader.Word(end - 1).EndsWith("s", StringComparison.OrdinalIgnoreCase);
            var body = end < verb && reader.IsIn(verb - 1, StateBodies);
            return country || body ? named.Nationality.Adjective : null;
        }
        return null;
    }

    // "three of its soldiers", "40 of their servicemen": the owner's possessive between the number and the noun.
    private static bool OwnersBefore(PeopleCountReader reader, int from, int noun)
    {
        for (var k = from; k < noun; k++)
        {
            if (reader.IsIn(k, Owners))
            {
                return true;
            }
        }
        return false;
    }
}
