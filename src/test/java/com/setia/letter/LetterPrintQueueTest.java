package com.setia.letter;

import static com.setia.letter.LetterTestData.facts;
import static com.setia.letter.LetterTestData.shop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import javax.print.PrintService;
import javax.print.PrintServiceLookup;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.customer.Salutation;
import com.setia.i18n.Language;
import com.setia.shop.ShopService;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

/**
 * Prints a letter through the real print path to a real CUPS queue: the CUPS-PDF printer named {@code PDF}
 * (set up by {@code .ci/cups-setup.sh}), then reads the PDF that CUPS-PDF writes. Skipped where there is no such
 * printer, so machines without CUPS pass. The output folder is {@code -Dsetia.cupsPdfOut}, {@code $CUPS_PDF_OUT}, or
 * the {@code Out} of {@code /etc/cups/cups-pdf.conf}.
 */
class LetterPrintQueueTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    static final String PRINTER = System.getProperty("setia.testPrinter", "PDF");
    static final long WAIT_MILLIS = 60_000;

    @Test
    void aLetterPrintedOnTheCupsPdfQueueComesOutAsAPdfWithTheCustomersName() throws Exception {
        Optional<PrintService> queue = Stream.of(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(PRINTER)).findFirst();
        assumeTrue(queue.isPresent(), "no print queue named " + PRINTER + " (run .ci/cups-setup.sh)");
        List<Path> outDirs = outputFolders();
        assumeTrue(!outDirs.isEmpty(), "cannot tell where CUPS-PDF writes");

        String token = "setia-test-" + UUID.randomUUID().toString().substring(0, 8);
        List<Path> before = pdfs(outDirs);

        // The app's own path: a stored letter, rendered with the shop's letterhead, sent by LetterOutput.
        MutableClock clock = MutableClock.at("2026-03-02T02:00:00Z");
        ShopService shop = new ShopService(store.jdbi(), clock);
        shop.save(shop());
        LetterService letters = new LetterService(store.jdbi(), clock);
        Customer siti = new CustomerService(store.jdbi(), clock).create(new CustomerDraft("Siti Aminah", Salutation.MRS,
                null, null, "Jalan Tun Razak", Language.EN, null, null, CustomerStatus.ACTIVE));
        LetterContent content = new LetterDrafter().draft(facts(Salutation.MRS, Language.EN),
                DefaultTemplates.of(Language.EN), shop());
        StoredLetter stored = letters.create(siti.id(), 7L, new LetterContent(content.language(), content.date(),
                content.recipient(), token, content.body()), PaperSize.A4);
        SystemLetterPrinter printer = new SystemLetterPrinter();
        assertThat(printer.printerNames()).contains(PRINTER);
        LetterOutput output = new LetterOutput(letters, shop, new LetterRenderer(), printer, new LetterFiles());
        LetterOutput.Done done = output.print(stored, PRINTER, 1);
        assertThat(done.letter().printedAt()).isEqualTo(clock.instant());
        RenderedLetter letter = output.render(stored.content(), PaperSize.A4);

        Path out = waitForNewPdf(outDirs, before, token);
        assertThat(out).as("CUPS-PDF output in %s within %d s", outDirs, WAIT_MILLIS / 1000).isNotNull();
        try (PDDocument printed = loadWhenComplete(out); PDDocument sent = Loader.loadPDF(letter.pdf())) {
            assertThat(printed.getNumberOfPages()).isEqualTo(1);
            assertThat(printed.getPage(0).getMediaBox().getWidth()).isCloseTo(PaperSize.A4.width(), within(3f));
            assertThat(printed.getPage(0).getMediaBox().getHeight()).isCloseTo(PaperSize.A4.height(), within(3f));
            // The page carries about as much ink as the letter that was sent: it is that letter, not a blank page.
            double printedInk = ink(printed);
            double sentInk = ink(sent);
            assertThat(printedInk).isGreaterThan(0.01).isBetween(sentInk * 0.6, sentInk * 1.6);
            // CUPS-PDF goes PDF -> PostScript -> PDF; Ghostscript's ps2write turns the embedded CID fonts into Type 3
            // fonts whose text no longer extracts. When the text is readable, it must be the letter's.
            if (!hasType3Fonts(printed) && readable(new PDFTextStripper().getText(printed))) {
                String text = new PDFTextStripper().getText(printed);
                assertThat(text).contains("Siti Aminah");
                assertThat(text.replaceAll("\\s+", " ")).contains("to apologise");
            }
        }
        Files.deleteIfExists(out);
    }

    /** The share of dark pixels on the first page, rendered small and grey. */
    static double ink(PDDocument doc) throws IOException {
        BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, 30, ImageType.GRAY);
        long dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xff) < 200) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) img.getWidth() * img.getHeight());
    }

    static boolean hasType3Fonts(PDDocument doc) throws IOException {
        var resources = doc.getPage(0).getResources();
        for (var name : resources.getFontNames()) {
            if (resources.getFont(name) instanceof org.apache.pdfbox.pdmodel.font.PDType3Font) {
                return true;
            }
        }
        return false;
    }

    /** True when the extracted text is mostly Latin letters, i.e. the fonts still map to Unicode. */
    static boolean readable(String text) {
        String s = text.replaceAll("\\s+", "");
        long letters = s.chars().filter(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')).count();
        return !s.isEmpty() && letters > s.length() * 0.7;
    }

    /** Polls (bounded) for a PDF that was not there before, preferring one named after the job. */
    private static Path waitForNewPdf(List<Path> dirs, List<Path> before, String token) throws Exception {
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000L;
        while (System.nanoTime() < deadline) {
            List<Path> fresh = new ArrayList<>(pdfs(dirs));
            fresh.removeAll(before);
            Optional<Path> named = fresh.stream().filter(p -> p.getFileName().toString().contains(token)).findFirst();
            if (named.isPresent()) {
                return named.get();
            }
            if (!fresh.isEmpty() && System.nanoTime() > deadline - WAIT_MILLIS * 500_000L) {
                return fresh.get(0);
            }
            Thread.sleep(250);
        }
        return null;
    }

    /** CUPS-PDF may still be writing when the file appears: retry loading for a few seconds. */
    private static PDDocument loadWhenComplete(Path file) throws Exception {
        IOException last = null;
        for (int i = 0; i < 40; i++) {
            try {
                return Loader.loadPDF(file.toFile());
            } catch (IOException e) {
                last = e;
                Thread.sleep(250);
            }
        }
        throw last;
    }

    private static List<Path> pdfs(List<Path> dirs) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : dirs) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(p -> p.toString().endsWith(".pdf")).forEach(all::add);
                }
            }
        }
        return all;
    }

    static List<Path> outputFolders() throws IOException {
        List<Path> dirs = new ArrayList<>();
        String configured = System.getProperty("setia.cupsPdfOut", System.getenv("CUPS_PDF_OUT"));
        if (configured != null && !configured.isBlank()) {
            dirs.add(Path.of(configured));
        }
        Path conf = Path.of("/etc/cups/cups-pdf.conf");
        String user = System.getProperty("user.name");
        String home = System.getProperty("user.home");
        if (Files.isReadable(conf)) {
            for (String line : Files.readAllLines(conf)) {
                String l = line.strip();
                if (l.startsWith("Out ") || l.startsWith("AnonDirName ")) {
                    dirs.add(Path.of(l.substring(l.indexOf(' ') + 1).strip().replace("${HOME}", home).replace("${USER}", user)));
                }
            }
        }
        dirs.add(Path.of("/var/spool/cups-pdf", user));
        dirs.add(Path.of(home, "PDF"));
        return dirs.stream().distinct().toList();
    }
}
