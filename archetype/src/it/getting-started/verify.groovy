// The by-hand path of docs/getting-started.md is this project: every file the page shows (a line ending in
// "`path`:", then a code block) must be this project's file, character for character, and every file of the project
// must be shown, so the page a newcomer copies from is the project CI builds and tests.
def page = new File(docs, 'getting-started.md')
def lines = page.readLines('UTF-8')
def shown = [:]
for (int i = 0; i < lines.size(); i++) {
    def name = (lines[i] =~ /`([^`]+)`:\s*$/)
    if (!name.find()) {
        continue
    }
    int start = i + 1
    while (start < lines.size() && lines[start].trim().isEmpty()) {
        start++
    }
    if (start < lines.size() && lines[start].startsWith('```')) {
        int end = start + 1
        while (end < lines.size() && !lines[end].startsWith('```')) {
            end++
        }
        shown[name.group(1)] = lines.subList(start + 1, end).join('\n')
        i = end
    }
}
def problems = []
if (shown.size() < 4) {
    problems << "${page} shows ${shown.size()} files (${shown.keySet()}); expected the POM, server.xml, routes and test"
}
shown.each { path, text ->
    def file = new File(basedir, path)
    if (!file.isFile()) {
        problems << "${page} shows ${path}, which the getting-started project does not have"
    } else if (file.getText('UTF-8').trim() != text.trim()) {
        problems << "${page} shows ${path} differently from ${file}: copy the project's file into the page"
    }
}
def sources = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    def path = basedir.toPath().relativize(f.toPath()).toString().replace('\\', '/')
    if (path.startsWith('src/') || path == 'pom.xml') {
        sources << path
    }
}
(sources - shown.keySet()).each { problems << "the getting-started project's ${it} is not shown in ${page}" }
problems.each { println "[getting-started] ${it}" }
return problems.isEmpty()
