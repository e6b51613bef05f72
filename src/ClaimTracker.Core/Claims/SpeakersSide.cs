namespace ClaimTracker.Core.Claims;

/// <summary>
/// People counted from the speaker's side, once the claim has its speaker: "“We lost 12 of our men,” a Ukrainian
/// commander said", "Two hundred and seven of our people are home" (the speaker's own: its country's people) and "“The
/// enemy lost 250 men in the assault,” a spokesman for Ukraine's army said" (the other side: the country the
/// populations list's <c>opponents</c> pair with the speaker's). Read only for counts with no nationality yet, from the
/// words just before the count ("we have lost", "the enemy lost"; "we killed 300" is not the speaker's own) or just
/// after it ("nine of our men", "135 enemy soldiers"). The speaker's country is its source's, else one its words name,
/// else (a speaker the registry does not know) the dateline's. "1,000 members of its police" are the speaker's own too
/// (<see cref="OwnersMembers"/>).
/// Golden cases: our_men_and_the_enemy_are_the_speakers_sides, said_inverted, members_of_its_force_are_the_speakers.
/// </summary>
internal static class SpeakersSide
{
    private const int WordsBefore = 4;
    private const int WordsAfter = 2;
    private static readonly WordSet OwnWords = WordLists.Set("ownWords");
    private static readonly WordSet EnemyWords = WordLists.Set("enemyWords");
    private static readonly WordSet Opponents = WordLists.Set("opponents");
    private static readonly WordSet LosingVerbs = WordLists.Set("losingVerbs");

    /// <summary>Gives the speaker's side to counts with none; <paramref name="dateline"/> is the story's dateline country's people.</summary>
    public static void Give(string text, List<ClaimDraft> drafts, Nationality? dateline, SentenceTokens sentenceTokens)
    {
        List<Token> tokens = [];
        var mentionTokens = new List<Token>();
        var read = -1;
        foreach (var draft in drafts)
        {
            if (draft.Nationalities.Count > 0)
            {
                continue;
            }
            if (read != draft.Sentence)
            {
                read = draft.Sentence;
                tokens = sentenceTokens.Of(read);
            }
            var side = SideNear(text, tokens, draft.Number.Start, draft.Number.End);
            if (side == 0)
            {
                continue;
            }
            if (Speaker(draft, mentionTokens, dateline) is not { } speaker)
            {
                continue;
            }
            if ((side > 0 ? speaker : Opponent(speaker)) is { } people)
            {
                draft.Nationalities = [people.Adjective];
            }
        }
    }

    // The speaker's country: its source's; else a nationality in the words that name it ("a Ukrainian commander");
    // else, for a speaker the registry does not know ("said Captain Abdiqani Warsame"), the dateline's country.
    // Also read by SurrenderedFoes, with no dateline.
    internal static Nationality? Speaker(ClaimDraft draft, List<Token> tokens, Nationality? dateline)
    {
        if (Nationality.OfCountry(draft.Source?.Country) is { } country)
        {
            return country;
        }
        if (draft.SourceMention is { } mention)
        {
            Token.Split(mention, 0, mention.Length, tokens);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (Nationality.At(mention, tokens, i) is { } named)
                {
                    return named.Nationality;
                }
            }
        }
        return draft.Source is null ? dateline : null;
    }

    /// <summary>1 for the speaker's own, -1 for the enemy, 0 for neither, from the words around the number.</summary>
    internal static int SideNear(string text, List<Token> tokens, int start, int end)
    {
        var first = tokens.FindIndex(t => t.Start >= start);
        var last = tokens.FindLastIndex(t => t.End <= end);
        if (first < 0 || last < first)
        {
            return 0;
        }
        // "we" speaks of its own only as the loser ("we have lost 12"), not the agent ("we killed 300").
        var lost = false;
        for (var k = first - 1; k >= Math.Max(0, first - WordsBefore) && (tokens[k].IsWord || text[tokens[k].Start] is '\'' or '’'); k--)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            lost |= LosingVerbs.Contains(word);
            if (Side(text, tokens[k]) is var side and not 0 && (side < 0 || lost || !word.Equals("we", StringComparison.OrdinalIgnoreCase)))
            {
                return side;
            }
        }
        for (var k = last + 1; k < Math.Min(tokens.Count, last + 1 + WordsAfter) && tokens[k].IsWord; k++)
        {
            if (Side(text, tokens[k]) is var side and not 0)
            {
                return side;
            }
        }
        return OwnersMembers.After(text, tokens, last) ? 1 : 0;
    }

    private static int Side(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return OwnWords.Contains(word) ? 1 : EnemyWords.Contains(word) ? -1 : 0;
    }

    // The opponents list pairs a country with the one it fights ("UA-RU"); the first pair for the speaker's country.
    internal static Nationality? Opponent(Nationality speaker)
    {
        foreach (var pair in Opponents.Words)
        {
            if (pair.Length == 5 && pair.StartsWith(speaker.Country, StringComparison.OrdinalIgnoreCase))
            {
                return Nationality.OfCountry(pair[3..].ToUpperInvariant());
            }
        }
        return null;
    }
}
