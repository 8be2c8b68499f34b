package com.setia.letter;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints through the system's print services ({@code javax.print}): the PDF itself goes to a printer that accepts
 * PDF (CUPS queues do); any other printer gets the pages drawn by PDFBox through {@link PrinterJob}. Works headless.
 */
public final class SystemLetterPrinter implements LetterPrinter {

    @Override
    public List<String> printerNames() {
        List<String> names = new ArrayList<>();
        PrintService preferred = PrintServiceLookup.lookupDefaultPrintService();
        if (preferred != null) {
            names.add(preferred.getName());
        }
        for (PrintService s : PrintServiceLookup.lookupPrintServices(null, null)) {
            if (!names.contains(s.getName())) {
                names.add(s.getName());
            }
        }
        return names;
    }

    @Override
    public void print(RenderedLetter letter, String printerName, int copies, String jobName) {
        PrintService service = find(printerName);
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(jobName == null || jobName.isBlank() ? "Setia" : jobName, null));
        attributes.add(new Copies(Math.max(1, copies)));
        MediaSizeName media = letter.paper() == PaperSize.LETTER ? MediaSizeName.NA_LETTER : MediaSizeName.ISO_A4;
        try {
            if (service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF)) {
                if (service.isAttributeValueSupported(media, DocFlavor.INPUT_STREAM.PDF, null)) {
                    attributes.add(media);
                }
                DocPrintJob job = service.createPrintJob();
                job.print(new SimpleDoc(new ByteArrayInputStream(letter.pdf()), DocFlavor.INPUT_STREAM.PDF, null), attributes);
            } else {
                if (service.isAttributeValueSupported(media, null, null)) {
                    attributes.add(media);
                }
                try (PDDocument doc = Loader.loadPDF(letter.pdf())) {
                    PrinterJob job = PrinterJob.getPrinterJob();
                    job.setPrintService(service);
                    job.setJobName(jobName);
                    job.setPageable(new PDFPageable(doc));
                    job.print(attributes);
                }
            }
        } catch (PrintException | PrinterException | IOException | RuntimeException e) {
            throw new LetterProblem("letter.error.printFailed", e, service.getName(), String.valueOf(e.getMessage()));
        }
    }

    private static PrintService find(String printerName) {
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        if (services.length == 0) {
            throw new LetterProblem("letter.error.noPrinter");
        }
        if (printerName == null) {
            PrintService preferred = PrintServiceLookup.lookupDefaultPrintService();
            return preferred != null ? preferred : services[0];
        }
        for (PrintService s : services) {
            if (s.getName().equals(printerName)) {
                return s;
            }
        }
        throw new LetterProblem("letter.error.printerNotFound", printerName);
    }
}
