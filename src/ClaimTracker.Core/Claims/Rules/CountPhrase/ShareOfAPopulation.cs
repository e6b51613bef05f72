namespace ClaimTracker.Core.Claims;

/// <summary>
/// Not a claim: the population a share is taken of ("nearly 90% of Gaza's 2.1 million people have been forced from
/// their homes", "more than half of Sudan's 48 million people need aid"). The fate belongs to the share, which names no
/// count of people; the figure after a place's possessive is how many live there (Unseen25 ansa: the gold lists no
/// 2.1 million displaced). The share word (counts.json populationShares) must stand before "of" and the possessive, so
/// "90% of the 300 people killed" stays a toll. The owner may be a pronoun for the place named before ("the main way in
/// and out of the territory for nearly all of its roughly two million people", Unseen57 ap-gaza; counts.json
/// <c>ownersPossessives</c>) when the noun is a population's (<c>pronounPopulationNouns</c>: "all of its 300 soldiers"
/// stays a count, and so does "half of its 11 million displaced people", a fate between). Golden cases:
/// share_of_a_population_is_no_claim, share_of_its_population_is_no_claim, share_of_its_displaced_is_still_a_count.
/// </summary>
internal sealed class ShareOfAPopulation : CountPhraseRule
{
    public static readonly ShareOfAPopulation Rule = new();

    // "of the West Bank": the owner's words and "of" before them.
    private const int OwnerWords = 4;

    private static readonly WordSet Shares = WordLists.Set("populationShares");
    private static readonly WordSet Owners = WordLists.Set("ownersPossessives");
    private static readonly WordSet PopulationNouns = WordLists.Set("pronounPopulationNouns");

    private ShareOfAPopulation()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) =>
        ForcesOwner.EndsPossessive(reader, phrase.TokenBefore) ? !ShareBeforeOwner(reader, phrase.QualifierFirst - 3) : !ShareOfItsPeople(reader, phrase);

    // "all of its two million people": a share, "of", an owner's pronoun, the count, a population's noun right after it
    // ("more than half of its 11 million displaced people" counts the displaced, Unseen31 ewn-afp).
    private static bool ShareOfItsPeople(PeopleCountReader reader, CountPhrase phrase)
    {
        var owner = phrase.TokenBefore;
        return owner >= 2 && reader.IsIn(owner, Owners) && reader.Is(owner - 1, "of") && IsShare(reader, owner - 2)
            && phrase.Noun == phrase.Last + 1 && reader.IsIn(phrase.Noun, PopulationNouns);
    }

    // The owner runs back from the word before the apostrophe ("Gaza", "the enclave", "the West Bank") to "of".
    private static bool ShareBeforeOwner(PeopleCountReader reader, int ownerEnd)
    {
        for (var j = ownerEnd; j > ownerEnd - OwnerWords && j >= 1 && reader.Tokens[j].IsWord; j--)
        {
            if (reader.Is(j, "of"))
            {
                return IsShare(reader, j - 1);
            }
        }
        return false;
    }

    private static bool IsShare(PeopleCountReader reader, int k) =>
        k >= 0 && (reader.Tokens[k].IsWord ? Shares.Contains(reader.Word(k)) : reader.Text[reader.Tokens[k].Start] == '%');
}
