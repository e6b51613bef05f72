using ClaimTracker.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace ClaimTracker.Web.Tests.Hosting;

/// <summary><c>ThreadPool:MinThreads</c> raises the process's thread-pool minimum; unset it leaves it, nonsense stops the start.</summary>
public sealed class ThreadPoolSettingTests
{
    [Fact]
    public void The_setting_raises_the_minimum_worker_and_io_threads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        // Above both current minimums, so that only the setting can explain the new ones.
        var wanted = Math.Max(workers, io) + 3;

        Builder(wanted.ToString(System.Globalization.CultureInfo.InvariantCulture)).AddClaimTrackerThreadPool();

        ThreadPool.GetMinThreads(out var workersAfter, out var ioAfter);
        Assert.Equal((wanted, wanted), (workersAfter, ioAfter));
    }

    [Fact]
    public void Unset_the_minimums_stay_as_they_were()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);

        Builder(null).AddClaimTrackerThreadPool();

        ThreadPool.GetMinThreads(out var workersAfter, out var ioAfter);
        Assert.Equal((workers, io), (workersAfter, ioAfter));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-4")]
    [InlineData("lots")]
    [InlineData("5000")]
    public void A_value_that_is_not_a_thread_count_stops_the_start_with_the_key_named(string value)
    {
        var e = Assert.Throws<InvalidOperationException>(() => Builder(value).AddClaimTrackerThreadPool());

        Assert.Contains(ThreadPoolExtensions.Key, e.Message, StringComparison.Ordinal);
    }

    private static WebApplicationBuilder Builder(string? minThreads)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        if (minThreads is not null)
        {
            builder.Configuration[ThreadPoolExtensions.Key] = minThreads;
        }
        return builder;
    }
}
