namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The fighting has killed more than 600 people in Lebanon, according to an AP tally." then, a paragraph on, "Tens of
/// thousands of people have fled their homes on both sides of the border.": a figure with no attribution, in a later
/// paragraph than its speaker's, about a kind of fate the speaker's figures did not give (deaths and wounds, forces
/// sent, people held, people on the move) opens a new topic in the writer's own voice, so the speaker is not carried
/// into it. In the same paragraph, or on the same kind of fate ("About 3,000 of them are in the Kursk region" after a
/// count of troops sent), the speaker goes on; a speaker that has given no figure yet has no topic to leave.
/// Golden case: a_new_topic_ends_the_speaker.
/// </summary>
internal static class TopicShift
{
    /// <summary>The kind of fate as a bit, or 0 for a metric that fits any topic (a bare or unknown fate).</summary>
    public static int Topic(Metric? metric) => metric switch
    {
        Metric.Killed or Metric.Wounded or Metric.KilledOrWounded or Metric.Missing => 1,
        Metric.Deployed or Metric.Engaged or Metric.ReturnedToDuty => 2,
        Metric.Captured or Metric.Detained => 4,
        Metric.Displaced or Metric.Evacuated => 8,
        _ => 0,
    };
}
