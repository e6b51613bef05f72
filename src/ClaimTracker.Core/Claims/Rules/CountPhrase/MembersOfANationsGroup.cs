namespace ClaimTracker.Core.Claims;

/// <summary>
/// "killed three members of a Lebanese rescue team", "killing all ten members of the Syrian al-Kurdi family": members of
/// a team, crew or family (populations.json <c>memberGroups</c>) that a nation's adjective describes are that nation's
/// people, as the golds read them ("Lebanese rescue workers", Unseen73 guardian-firstthing; "Syrian people", Unseen67
/// amnesty-lebanon); the count's noun "members" names no people of its own. The model: "members" (people.json
/// <c>rescueMemberNouns</c>), "of", "the"/"a"/"an", the adjective, then the group noun at most four tokens on (a family's
/// name between). A body's name ("members of the Palestinian Civil Defence") is left to <see cref="RescueServiceMembers"/>.
/// Golden case: members_of_a_nations_team_are_its_people.
/// </summary>
internal sealed class MembersOfANationsGroup : CountPhraseRule
{
    public static readonly MembersOfANationsGroup Rule = new();

    private const int GroupReach = 4;
    private static readonly WordSet Groups = WordLists.Set("memberGroups");

    private MembersOfANationsGroup()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var noun = phrase.Noun;
        if (noun < 0 || draft.Nationalities.Count > 0 || !reader.IsIn(noun, RescueServiceMembers.MemberNouns) || !reader.Is(noun + 1, "of"))
        {
            return true;
        }
        var at = noun + 2;
        at += reader.Is(at, "the") || reader.Is(at, "a") || reader.Is(at, "an") ? 1 : 0;
        if (at >= phrase.NextBound || reader.Nationalities.At(at) is not { } n
            || !reader.Text.AsSpan(reader.Tokens[at].Start, reader.Tokens[at + n.Tokens - 1].End - reader.Tokens[at].Start).Equals(n.Nationality.Adjective, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        for (var g = at + n.Tokens; g < phrase.NextBound && g <= at + n.Tokens + GroupReach; g++)
        {
            if (reader.IsIn(g, Groups))
            {
                draft.Nationalities = [n.Nationality.Adjective];
                return true;
            }
        }
        return true;
    }
}
