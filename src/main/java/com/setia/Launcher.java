package com.setia; public class Launcher { public static void main(String[] a){} }
