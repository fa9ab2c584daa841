# Draws the scale curve (docs/scale/scale-curve.csv, from scripts/scale-curve.sh) as an
# SVG: time against the number of initiatives on log-log axes (left), the window's
# resident memory (right). Run as: awk -F, -f scripts/plot-scale-curve.awk CSV > SVG
function lg(v) { return log(v) / log(10) }
function px(n) { return left + (lg(n) - xmin) / (xmax - xmin) * width }
function py(ms) { if (ms < 0.01) ms = 0.01; return top + (ymax - lg(ms)) / (ymax - ymin) * height }
function my(mb) { return top + (mmax - mb) / mmax * height }
# A field in milliseconds (times factor), or empty when it was not measured or refused.
function ms(name, factor) { return $column[name] == "" ? "" : $column[name] * factor }
NR == 1 { for (i = 1; i <= NF; i++) column[$i] = i; next }
{
    rows++
    n[rows] = $column["initiatives"]
    # Each series in milliseconds.
    v["open", rows] = ms("open_ms", 1)
    v["demo", rows] = ms("demo_s", 1000)
    v["import", rows] = ms("import_csv_s", 1000)
    v["csv", rows] = ms("export_csv_s", 1000)
    v["xlsx", rows] = ms("export_xlsx_s", 1000)
    v["table", rows] = ms("table_frame_ms", 1)
    v["overview", rows] = ms("overview_frame_ms", 1)
    v["quadrants", rows] = ms("quadrants_frame_ms", 1)
    v["budget", rows] = ms("budget_frame_ms", 1)
    rss[rows] = $column["rss_mb"]
}
END {
    left = 70; top = 40; width = 480; height = 300
    xmin = 3; xmax = 6; ymin = -1; ymax = 5
    mmax = 0
    for (r = 1; r <= rows; r++) if (rss[r] > mmax) mmax = rss[r]
    mmax = (int(mmax / 500) + 1) * 500
    split("open demo import csv xlsx table overview quadrants budget", names, " ")
    label["open"] = "window: open to portfolio shown"; colour["open"] = "#1f77b4"
    label["demo"] = "demo --size N (write)"; colour["demo"] = "#7f7f7f"
    label["import"] = "import CSV"; colour["import"] = "#d62728"
    label["csv"] = "export CSV"; colour["csv"] = "#ff7f0e"
    label["xlsx"] = "export XLSX"; colour["xlsx"] = "#8c564b"
    label["table"] = "frame: table"; colour["table"] = "#2ca02c"
    label["overview"] = "frame: overview"; colour["overview"] = "#17becf"
    label["quadrants"] = "frame: quadrant map"; colour["quadrants"] = "#9467bd"
    label["budget"] = "frame: budget"; colour["budget"] = "#e377c2"
    print "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1080\" height=\"420\" viewBox=\"0 0 1080 420\" font-family=\"sans-serif\" font-size=\"11\">"
    print "<rect width=\"1080\" height=\"420\" fill=\"white\"/>"
    print "<text x=\"" left "\" y=\"22\" font-size=\"14\">Time against initiatives (log-log; frames stay flat)</text>"
    # Grid: decades.
    for (d = xmin; d <= xmax; d++) {
        x = px(10 ^ d)
        print "<line x1=\"" x "\" y1=\"" top "\" x2=\"" x "\" y2=\"" top + height "\" stroke=\"#ddd\"/>"
        print "<text x=\"" x "\" y=\"" top + height + 16 "\" text-anchor=\"middle\">" (d == 3 ? "1k" : d == 4 ? "10k" : d == 5 ? "100k" : "1M") "</text>"
    }
    split("0.1 ms|1 ms|10 ms|100 ms|1 s|10 s|100 s", ylabels, "|")
    for (d = ymin; d <= ymax; d++) {
        y = py(10 ^ d)
        print "<line x1=\"" left "\" y1=\"" y "\" x2=\"" left + width "\" y2=\"" y "\" stroke=\"#ddd\"/>"
        print "<text x=\"" left - 6 "\" y=\"" y + 4 "\" text-anchor=\"end\">" ylabels[d - ymin + 1] "</text>"
    }
    print "<text x=\"" left + width / 2 "\" y=\"" top + height + 34 "\" text-anchor=\"middle\">initiatives</text>"
    for (s = 1; s <= 9; s++) {
        name = names[s]
        points = ""
        for (r = 1; r <= rows; r++) if (v[name, r] != "") points = points px(n[r]) "," py(v[name, r]) " "
        print "<polyline fill=\"none\" stroke=\"" colour[name] "\" stroke-width=\"2\" points=\"" points "\"/>"
        for (r = 1; r <= rows; r++) if (v[name, r] != "") print "<circle cx=\"" px(n[r]) "\" cy=\"" py(v[name, r]) "\" r=\"3\" fill=\"" colour[name] "\"/>"
        print "<rect x=\"" left + width + 20 "\" y=\"" top + (s - 1) * 18 "\" width=\"12\" height=\"4\" fill=\"" colour[name] "\"/>"
        print "<text x=\"" left + width + 38 "\" y=\"" top + (s - 1) * 18 + 6 "\">" label[name] "</text>"
    }
    # Memory panel.
    mleft = left + width + 300; mwidth = 150
    print "<text x=\"" mleft "\" y=\"22\" font-size=\"14\">Window memory (RSS)</text>"
    for (m = 0; m <= mmax; m += mmax / 4) {
        y = my(m)
        print "<line x1=\"" mleft "\" y1=\"" y "\" x2=\"" mleft + mwidth "\" y2=\"" y "\" stroke=\"#ddd\"/>"
        print "<text x=\"" mleft - 6 "\" y=\"" y + 4 "\" text-anchor=\"end\">" m " MB</text>"
    }
    points = ""
    for (r = 1; r <= rows; r++) {
        x = mleft + (lg(n[r]) - xmin) / (xmax - xmin) * mwidth
        points = points x "," my(rss[r]) " "
        print "<circle cx=\"" x "\" cy=\"" my(rss[r]) "\" r=\"3\" fill=\"#1f77b4\"/>"
        print "<text x=\"" x "\" y=\"" top + height + 16 "\" text-anchor=\"middle\">" (n[r] >= 1000000 ? n[r] / 1000000 "M" : n[r] / 1000 "k") "</text>"
    }
    print "<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"" points "\"/>"
    print "</svg>"
}
