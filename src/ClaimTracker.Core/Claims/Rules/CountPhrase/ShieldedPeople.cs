namespace ClaimTracker.Core.Claims;

/// <summary>
/// People an act protected are no toll: "A concrete pillar shielded him and two of his children, he said, but his
/// daughter was killed" (Unseen49 nyt-shajaiye) counts the living, and the sentence's later "was killed" belongs to
/// someone else. A protecting verb (counts.json protectVerbs) right before the count, or before it across the
/// pronouns and "and" of a coordinated object (protectedObjectWords), makes the number no count. Golden case:
/// shielded_people_are_no_toll (control: "shielded the wounded" leaves a later toll alone).
/// </summary>
internal sealed class ShieldedPeople : CountPhraseRule
{
    public static readonly ShieldedPeople Rule = new();

    private const int Reach = 4;

    private static readonly WordSet ProtectVerbs = WordLists.Set("protectVerbs");
    private static readonly WordSet ObjectWords = WordLists.Set("protectedObjectWords");

    private ShieldedPeople()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) =>
        !Protected(reader, phrase.TokenBefore);

    internal static bool Protected(PeopleCountReader reader, int before)
    {
        for (var j = before; j >= 0 && j > before - Reach; j--)
        {
            if (reader.IsIn(j, ProtectVerbs))
            {
                return true;
            }
            if (!reader.IsIn(j, ObjectWords) && !reader.IsMark(j, ','))
            {
                return false;
            }
        }
        return false;
    }
}
