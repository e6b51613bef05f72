namespace ClaimTracker.Core.Claims;

/// <summary>
/// A story whose headline names a state known here only by the force it sent abroad ("Kim honours troops back from
/// Kursk", "N. Korea sent some 5,000 military builders to Russia") is that force's story: soldiers it counts with no
/// people of their own ("some 1,000 military engineers remain in the Kursk region", "two of the soldiers had given
/// themselves up", "had cost Pyongyang about 2,000 lives") are that state's. Read last, only for military counts no other
/// rule gave a people (Russian and Ukrainian soldiers in the same stories are named so); populations.json
/// <c>expeditionaryForces</c> lists the states ("KP"). So are the workers it sends (<c>sentWorkers</c>: "1,000 military
/// construction workers are expected to leave for Russia") and a loss with no people word in a sentence that names no
/// civilians ("an estimate of about 600 killed", "600 of the wounded had been sent back": <c>bareFateWords</c>); the
/// same words as nouns, "at least 120 deaths", "about 2,100 deaths among them", are such a loss too (Unseen41
/// asahi-reuters-nis-north-korean-losses-kursk, gold North Korean troops).
/// Golden cases: the_expeditionary_force_story, soldiers_without_the_force_in_the_headline, the_forces_workers_and_bare_losses,
/// deaths_in_the_forces_story; on a live page, a bare loss in an entry that never names the force is another story's
/// (<see cref="LiveEntry"/>; Unseen87 kyivindependent-live-nis-construction-troops-kursk, golden cases
/// a_live_entry_on_another_story_keeps_its_own_people, a_live_entry_on_the_force_keeps_it).
/// </summary>
internal static class ExpeditionaryForce
{
    private static readonly WordSet Forces = WordLists.Set("expeditionaryForces");
    private static readonly WordSet DistinctForces = WordLists.Set("distinctForces");
    private static readonly WordSet Locatives = WordLists.Set("locatives");
    private static readonly WordSet SentWorkers = WordLists.Set("sentWorkers");
    private static readonly WordSet FateWords = WordLists.Set("bareFateWords");

    public static void Give(string text, List<Sentence> sentences, List<ClaimDraft> drafts)
    {
        if (sentences.Count == 0)
        {
            return;
        }
        // One token list for the headline and every draft after it: each splits into it afresh.
        var tokens = new List<Token>();
        // The headline is read at the first draft the force could own, not for every article: most have none (a
        // military count with no people, a sent workforce, a bare loss), and the headline's walk, every word asked for
        // a nation or a leader, was ~0.4 % of the extractor (branch `speed48`). Each reading below is pure but for
        // the token list, which each fills afresh, so the order changes no answer.
        Nationality? force = null;
        var headlineRead = false;
        foreach (var draft in drafts)
        {
            if (draft.Nationalities.Count != 0 || !(ForceCount(draft) || WorkersSent(draft) || MayBeBareLoss(draft)))
            {
                continue;
            }
            if (!headlineRead)
            {
                force = Headline(text, sentences[0], tokens);
                headlineRead = true;
            }
            if (force is null)
            {
                return;
            }
            var bareLoss = BareLoss(text, sentences[draft.Sentence], draft, tokens) && EntryNamesTheForce(text, sentences, draft.Sentence, force, tokens);
            if ((ForceCount(draft) || WorkersSent(draft) || bareLoss)
                && !OtherCountryBefore(text, sentences[draft.Sentence].Start, draft.Number.Start, force, tokens))
            {
                draft.Nationalities = [force.Adjective];
                (draft.Noun, draft.Military) = bareLoss ? ("troops", true) : (draft.Noun, draft.Military);
            }
        }
    }

    private static bool ForceCount(ClaimDraft draft) =>
        draft.Military && draft.Noun == "troops" && (draft.NounWord is not { } word || !DistinctForces.Contains(word));

    // "around 1,000 military construction workers are expected to leave for Russia", "5,000 builders": the workers the
    // state sends abroad are its own as its soldiers are (gold: "North Korean military construction workers").
    private static bool WorkersSent(ClaimDraft draft) =>
        !draft.Military && draft.Metric == Metric.Deployed && draft.NounWord is { } word && SentWorkers.Contains(word);

    // "the previous estimate, made in April, of about 600 killed", "about 600 of the wounded had been sent back": a loss
    // with no people word of its own, in a sentence that names no civilians, counts the force the story is about.
    private static bool BareLoss(string text, Sentence sentence, ClaimDraft draft, List<Token> tokens)
    {
        if (!MayBeBareLoss(draft))
        {
            return false;
        }
        Token.Split(text, sentence.Start, sentence.End, tokens);
        return !tokens.Exists(t => t.IsWord && char.IsLower(text[t.Start]) && !FateWords.Contains(text.AsSpan(t.Start, t.Length))
            && ClaimLexicon.CivilianNouns.Contains(text.AsSpan(t.Start, t.Length)));
    }

    // The draft's own part of BareLoss: a civilian-free sentence is looked for only after it holds.
    // Wounded sent home are still the force's: "about 300 of the wounded have been flown home" is evacuated
    // (WoundedSentHome), its people the wounded its noun names, never a bare evacuation's.
    private static bool MayBeBareLoss(ClaimDraft draft) =>
        !draft.Military && draft.Noun == "people"
        && ((draft.Metric is (Metric.Killed or Metric.Wounded or Metric.KilledOrWounded) && (draft.NounWord is not { } word || FateWords.Contains(word)))
            || (draft.Metric == Metric.Evacuated && draft.NounWord is { } wounded && FateWords.Contains(wounded)));

    // "The number of people hurt in the overnight drone attack on Kharkiv has risen to 11" under a live page's "14:05"
    // on a page headlined on North Korean troops: an entry is often another story, so a bare loss there is the force's
    // only when the entry, from its clock line to the loss, names the force (LiveEntry); off a live page's entries, as before.
    private static bool EntryNamesTheForce(string text, List<Sentence> sentences, int si, Nationality force, List<Token> tokens)
    {
        var opening = LiveEntry.Opening(text, sentences, si);
        if (opening < 0)
        {
            return true;
        }
        for (var k = opening + 1; k <= si; k++)
        {
            if (Headline(text, sentences[k], tokens) is { } named && named.Country == force.Country)
            {
                return true;
            }
        }
        return false;
    }

    // "Burundi, which has some 9,000 soldiers in eastern Congo": another country named before the count in its
    // sentence owns it, or may; one after it ("gave themselves up to a Ukrainian patrol") does not, nor a place ("in
    // western Russia", "the Russia-Ukraine border"), nor the state that watches the force ("South Korean officials said").
    private static bool OtherCountryBefore(string text, int start, int end, Nationality force, List<Token> tokens)
    {
        Token.Split(text, start, end, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is { } named)
            {
                // "remain in western Russia", "near the Russia-Ukraine border": a country named as a place owns no one.
                var place = i > 0 && tokens[i - 1].IsWord && Locatives.Contains(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length));
                var border = (i + named.Tokens < tokens.Count && text[tokens[i + named.Tokens].Start] == '-') || (i > 0 && text[tokens[i - 1].Start] == '-');
                if (named.Nationality.Country != force.Country && !place && !border && !WatchingState.Watches(named.Nationality, force))
                {
                    return true;
                }
                i += named.Tokens - 1;
            }
        }
        return false;
    }

    // The expeditionary state the headline (the article's first sentence) names, by name or by its leader, if any.
    private static Nationality? Headline(string text, Sentence headline, List<Token> tokens)
    {
        Token.Split(text, headline.Start, headline.End, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Nationality.At(text, tokens, i) is { } named)
            {
                if (Forces.Contains(named.Nationality.Country))
                {
                    return named.Nationality;
                }
                i += named.Tokens - 1;
            }
            else if (HeadlineLeader.At(text, tokens, i) is { } led && Forces.Contains(led.Country))
            {
                return led;
            }
        }
        return null;
    }
}
