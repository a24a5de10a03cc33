// Report charts: the data is in the canvas's data-chart attribute (the table beside it holds the same figures).
(function () {
    // A hidden figure (1 to 4 people) is not a missing bar: "<5" is written where its bar would stand.
    var suppressedLabels = function (text) {
        return {
            id: "suppressedLabels",
            afterDatasetsDraw: function (chart) {
                var ctx = chart.ctx;
                var base = chart.scales.y.getPixelForValue(0);
                ctx.save();
                ctx.fillStyle = "#212529";
                ctx.font = "600 14px system-ui, sans-serif";
                ctx.textAlign = "center";
                ctx.textBaseline = "bottom";
                chart.data.datasets.forEach(function (set, i) {
                    var meta = chart.getDatasetMeta(i);
                    (set.suppressed || []).forEach(function (hidden, j) {
                        var bar = meta.data[j];
                        var x = bar && isFinite(bar.x) ? bar.x : chart.scales.x.getPixelForValue(j);
                        if (hidden) {
                            ctx.fillText(text, x, base - 2);
                        }
                    });
                });
                ctx.restore();
            }
        };
    };

    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
        var data = JSON.parse(canvas.getAttribute("data-chart"));
        var colours = ["#1f3b57", "#2f7d5b", "#b35c00", "#6b3fa0", "#8a1c1c"];
        data.datasets.forEach(function (set, i) { set.backgroundColor = colours[i % colours.length]; });
        var title = function (text) { return { display: true, text: text, color: "#212529", font: { size: 14 } }; };
        new window.Chart(canvas, {
            type: "bar",
            data: data,
            plugins: [suppressedLabels(data.suppressedText)],
            options: {
                responsive: true,
                // The box around the canvas sets the height (site.css): a phone gets a chart tall enough to read.
                maintainAspectRatio: false,
                animation: false,
                plugins: { legend: { position: "bottom", labels: { color: "#212529", font: { size: 14 } } } },
                scales: {
                    x: { title: title(data.xTitle), ticks: { color: "#212529", font: { size: 14 } } },
                    y: { beginAtZero: true, title: title(data.yTitle), ticks: { color: "#212529", font: { size: 14 }, precision: data.whole ? 0 : undefined } }
                }
            }
        });
    });
})();
