namespace ClaimTracker.Core.Claims;

/// <summary>
/// Which speaker a sentence with no attribution of its own belongs to. A speaker's scope opens at a frame ("the
/// ministry said") and runs on through the sentences after it; it closes at a new frame (which opens its own scope), a
/// heading or page furniture, a paragraph that neither attributes nor claims anything, and the end of a bulleted entry
/// (<see cref="ListEntry"/>). Lines under a lead-in that ends in a colon stay in the lead-in's scope
/// (<see cref="ListLeadIn"/>). Where a scope closes, the document's own voice takes over: the publishing body of a
/// situation report (<see cref="PublisherVoice"/>), nobody in an outlet's report. Background narration
/// (<see cref="BackgroundNarration"/>) is the writer's and inherits no one. Golden cases: inherited_next_sentence,
/// inherited_next_paragraph, heading_ends_attribution, list_lines_under_a_lead_in_keep_the_speaker,
/// bullet_entries_close_the_speaker, situation_report_speaks_in_its_own_voice.
/// </summary>
internal sealed class SpeakerScope(string text, List<Sentence> sentences, Attributor? publisher)
{
    private readonly Attributor? voice = publisher;
    private int paragraph = -1;
    private bool paragraphActive = true;
    // The scope the entries under a lead-in line share, and the indent they must be deeper than.
    private Attributor? listSpeaker;
    private int listIndent = -2;

    /// <summary>The speaker in scope: the one a frameless sentence inherits.</summary>
    public Attributor? Carried { get; private set; } = publisher;

    /// <summary>Moves into sentence <paramref name="si"/>, closing the scope at the boundaries it crosses.</summary>
    public void Enter(int si)
    {
        var sentence = sentences[si];
        var leadIn = si > 0 && ListLeadIn.Is(text, sentences[si - 1]);
        if (sentence.Paragraph != paragraph)
        {
            if (!paragraphActive && !leadIn)
            {
                Close();
            }
            paragraph = sentence.Paragraph;
            paragraphActive = false;
        }
        if (sentence.IsHeading || sentence.IsFurniture)
        {
            Close();
        }
        EnterEntry(si, leadIn);
    }

    // A bulleted line is an entry: under a lead-in it takes the lead-in's speaker, otherwise it starts afresh.
    private void EnterEntry(int si, bool leadIn)
    {
        var indent = ListEntry.Indent(text, sentences, si);
        if (indent < 0)
        {
            if (si > 0 && sentences[si - 1].Line != sentences[si].Line && !leadIn)
            {
                listIndent = -2;
            }
            return;
        }
        if (leadIn)
        {
            listSpeaker = Carried;
            listIndent = LineIndent(si - 1);
        }
        if (indent > listIndent && listIndent > -2)
        {
            Carried = listSpeaker;
            return;
        }
        listIndent = -2;
        Close();
    }

    // The indent of the lead-in's bullet, or -1 when the lead-in is not bulleted (every entry under it is deeper).
    private int LineIndent(int si) => ListEntry.Indent(text, sentences, si) is var indent and >= 0 ? indent : -1;

    private void Close() => Carried = voice;

    /// <summary>The speaker sentence <paramref name="si"/> inherits, or null for the writer's own narration.</summary>
    public Attributor? InheritedBy(int si) =>
        sentences[si].IsHeading || BackgroundNarration.Opens(text, sentences[si]) ? null : Carried;

    /// <summary>A frame of the sentence opens a new scope.</summary>
    public void Open(Attributor speaker)
    {
        Carried = speaker;
        paragraphActive = true;
    }

    /// <summary>The sentence attributed or claimed something: its paragraph is part of the thread.</summary>
    public void Active() => paragraphActive = true;
}
